import type { EntityManager } from 'typeorm';
import type { LicenseKeyKind } from '#database';

/** A key with its usage: the active installation using it (at most one, by a partial unique index). */
export interface KeyWithUsage {
  id: string;
  kind: LicenseKeyKind;
  name: string;
  quota: number;
  renewsWithSubscription: boolean;
  expiresOn: string | null;
  keyCiphertext: string;
  keyLast: string;
  createdAt: Date;
  used: number;
  installationId: string | null;
  serverName: string | null;
}

/** Every key of a subscription with its usage, the primary first. */
export async function loadKeysWithUsage(manager: EntityManager, subscriptionId: string): Promise<KeyWithUsage[]> {
  const rows: Array<Record<string, unknown>> = await manager.query(
    `SELECT k.id, k.kind, k.name, k.quota, k.renews_with_subscription, to_char(k.expires_on, 'YYYY-MM-DD') AS expires_on,
            k.key_ciphertext, k.key_last, k.created_at, i.id AS installation_id, i.server_name,
            COALESCE(i.managed_computers, 0) AS used
       FROM license_keys k
       LEFT JOIN installations i ON i.license_key_id = k.id AND i.status = 'active'
      WHERE k.subscription_id = $1
      ORDER BY (k.kind = 'primary') DESC, k.created_at, k.id`,
    [subscriptionId],
  );
  return rows.map((r) => ({
    id: r.id as string,
    kind: r.kind as LicenseKeyKind,
    name: r.name as string,
    quota: Number(r.quota),
    renewsWithSubscription: r.renews_with_subscription as boolean,
    expiresOn: (r.expires_on as string | null) ?? null,
    keyCiphertext: r.key_ciphertext as string,
    keyLast: r.key_last as string,
    createdAt: r.created_at as Date,
    used: Number(r.used),
    installationId: (r.installation_id as string | null) ?? null,
    serverName: (r.server_name as string | null) ?? null,
  }));
}

/** Keeps the invariant: primary quota = quantity - sum of sublicense quotas. Run under the subscription lock. */
export async function recomputePrimaryQuota(manager: EntityManager, subscriptionId: string): Promise<void> {
  await manager.query(
    `UPDATE license_keys
        SET quota = (SELECT s.quantity FROM subscriptions s WHERE s.id = $1)
                  - (SELECT COALESCE(SUM(r.quota), 0) FROM license_keys r WHERE r.subscription_id = $1 AND r.kind = 'reserved'),
            updated_at = now()
      WHERE subscription_id = $1 AND kind = 'primary'`,
    [subscriptionId],
  );
}
