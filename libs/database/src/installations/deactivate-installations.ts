import type { EntityManager } from 'typeorm';

/**
 * Why an installation was deactivated: the proxy asked (online), an admin in the portal, an offline
 * deactivation file, or its sublicense was deleted. Stored in `installations.deactivation_reason`.
 */
export const DEACTIVATION_REASONS = ['proxy', 'portal', 'offline-file', 'sublicense-deleted'] as const;
export type DeactivationReason = (typeof DEACTIVATION_REASONS)[number];

export interface Deactivation {
  accountId: string;
  installationIds: readonly string[];
  reason: DeactivationReason;
  /** The proxy itself asked: its credential stops working too. */
  revokeCredential: boolean;
}

export interface DeactivatedInstallation {
  id: string;
  serverName: string;
  deactivatedAt: Date;
}

/**
 * The one deactivation routine, for every service that deactivates: the installations given (those
 * of the account still active) become deactivated with the reason, their keys are released (the
 * one-active-installation-per-key index only covers active rows) and their open license breaches are
 * closed. Runs in the caller's transaction; answers the rows that changed, so that the caller can
 * write its events for exactly those.
 */
export async function deactivateInstallations(manager: EntityManager, d: Deactivation): Promise<DeactivatedInstallation[]> {
  if (d.installationIds.length === 0) return [];
  const ids = [...d.installationIds];
  // One statement (a SELECT at the top, so that the rows come back as rows): the installations and
  // their open breaches change together.
  const changed: Array<{ id: string; server_name: string; deactivated_at: Date }> = await manager.query(
    `WITH changed AS (
       UPDATE installations
          SET status = 'deactivated', deactivated_at = now(), deactivation_reason = $3, updated_at = now()
        WHERE account_id = $1 AND id = ANY($2::uuid[]) AND status = 'active'
        RETURNING id, server_name, deactivated_at
     ), closed AS (
       UPDATE license_breaches SET resolved_at = now() WHERE installation_id IN (SELECT id FROM changed) AND resolved_at IS NULL
     )
     SELECT id, server_name, deactivated_at FROM changed`,
    [d.accountId, ids, d.reason],
  );
  if (d.revokeCredential) {
    await manager.query(
      `UPDATE installations SET credential_revoked_at = now() WHERE account_id = $1 AND id = ANY($2::uuid[]) AND credential_revoked_at IS NULL`,
      [d.accountId, ids],
    );
  }
  return changed.map((r) => ({ id: r.id, serverName: r.server_name, deactivatedAt: r.deactivated_at }));
}
