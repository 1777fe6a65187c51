import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, importEd25519PublicKey, isForeignKeyViolation, isUniqueViolation, CommonErrorCode } from '#common';
import { deactivateInstallations, type DeactivatedInstallation, type DeactivationReason } from '#database';
import { ActivationErrorCode } from '../activation.errors.js';
import { rows as rowsOf } from '../db/prepared.js';

export interface NewInstallation {
  accountId: string;
  licenseKeyId: string;
  serverName: string;
  siteCode: string;
  siteDescription: string | null;
  appVersion: string;
  /** Normalised SPKI PEM (see normaliseProxyPublicKey). */
  proxyPublicKey: string;
  credentialHash: string | null;
  activatedOffline: boolean;
}

/** The proxy's public key as Node exports it (so its fingerprint can be taken from the PEM alone), or 400. */
export function normaliseProxyPublicKey(pem: string, code: typeof ActivationErrorCode.PUBLIC_KEY_INVALID | typeof ActivationErrorCode.FILE_MALFORMED = ActivationErrorCode.PUBLIC_KEY_INVALID): string {
  try {
    return importEd25519PublicKey(pem).export({ type: 'spki', format: 'pem' }).toString();
  } catch {
    throw new DomainError(code, 'The proxy public key must be an Ed25519 public key (SPKI PEM)');
  }
}

/** Writes of the installation rows shared by online and offline activation and every deactivation. */
@Injectable()
export class InstallationsWriter {
  /**
   * Inserts an active installation. The partial unique index (one active installation per key) makes
   * concurrent activations of one key produce exactly one row; the others get 409 KEY_IN_USE.
   */
  async insert(manager: EntityManager, input: NewInstallation): Promise<{ id: string; activatedAt: Date; reactivated: boolean }> {
    try {
      // The same proxy server activating its key again (after a deactivation) keeps its identity:
      // "the same server" is the same key and the same proxy public key (the proxy's own Ed25519 key
      // pair, which it keeps across re-activations). Its row becomes active again with the new
      // details and credential; notes and usage history stay with it. Another key pair is a new server.
      const revived = await rowsOf<{ id: string; activated_at: Date }>(
        manager,
        `UPDATE installations
            SET status = 'active', server_name = $3, site_code = $4, site_description = $5, app_version = $6,
                activated_offline = $7, credential_hash = $8, credential_revoked_at = NULL, managed_computers = 0,
                activated_at = now(), deactivated_at = NULL, deactivation_reason = NULL, updated_at = now()
          WHERE id = (SELECT id FROM installations
                       WHERE license_key_id = $1 AND proxy_public_key = $2 AND status = 'deactivated'
                       ORDER BY deactivated_at DESC NULLS LAST, id LIMIT 1
                       FOR UPDATE)
          RETURNING id, activated_at`,
        [
          input.licenseKeyId,
          input.proxyPublicKey,
          input.serverName,
          input.siteCode,
          input.siteDescription,
          input.appVersion,
          input.activatedOffline,
          input.credentialHash,
        ],
      );
      if (revived[0]) return { id: revived[0].id, activatedAt: revived[0].activated_at, reactivated: true };
      const rows: Array<{ id: string; activated_at: Date }> = await manager.query(
        `INSERT INTO installations (account_id, license_key_id, server_name, site_code, site_description, app_version,
                                    activated_offline, status, proxy_public_key, credential_hash, activated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'active', $8, $9, now())
         RETURNING id, activated_at`,
        [
          input.accountId,
          input.licenseKeyId,
          input.serverName,
          input.siteCode,
          input.siteDescription,
          input.appVersion,
          input.activatedOffline,
          input.proxyPublicKey,
          input.credentialHash,
        ],
      );
      const row = rows[0] as { id: string; activated_at: Date };
      return { id: row.id, activatedAt: row.activated_at, reactivated: false };
    } catch (err) {
      if (isUniqueViolation(err)) {
        throw new DomainError(ActivationErrorCode.KEY_IN_USE, 'This license key is in use by another installation; deactivate that one first');
      }
      // The key was deleted (a sublicense) between the lookup and the insert.
      if (isForeignKeyViolation(err)) throw new DomainError(CommonErrorCode.LICENSE_KEY_NOT_FOUND, 'License key not found');
      throw err;
    }
  }

  /** Deactivates through the one shared routine (see `deactivateInstallations`). */
  deactivate(
    manager: EntityManager,
    accountId: string,
    installationIds: string[],
    reason: Exclude<DeactivationReason, 'sublicense-deleted'>,
    revokeCredential: boolean,
  ): Promise<DeactivatedInstallation[]> {
    return deactivateInstallations(manager, { accountId, installationIds, reason, revokeCredential });
  }
}
