import type { DataSource, EntityManager } from 'typeorm';
import { prepared } from '../db/prepared.js';
import type { KeyFacts } from '../licenses/license-view.js';

/** An installation with its key, subscription and account: everything a proxy call needs, in one query. */
export interface InstallationContext {
  id: string;
  accountId: string;
  companyName: string;
  licenseKeyId: string | null;
  serverName: string;
  status: 'active' | 'deactivated';
  activatedOffline: boolean;
  proxyPublicKey: string;
  credentialHash: string | null;
  credentialRevokedAt: Date | null;
  managedComputers: number;
  /** Null when the installation has no key any more (its sublicense was deleted). */
  key: KeyFacts | null;
}

interface ContextRow {
  id: string;
  account_id: string;
  company_name: string;
  license_key_id: string | null;
  server_name: string;
  status: 'active' | 'deactivated';
  activated_offline: boolean;
  proxy_public_key: string;
  credential_hash: string | null;
  credential_revoked_at: Date | null;
  managed_computers: number;
  key_kind: 'primary' | 'reserved' | null;
  quota: number | null;
  key_last: string | null;
  key_expires_on: string | null;
  starts_on: string | null;
  ends_on: string | null;
  subscription_status: KeyFacts['subscriptionStatus'] | null;
}

// Primary-key probes only.
const CONTEXT_BY_ID = `
  SELECT i.id, i.account_id, ba.company_name, i.license_key_id, i.server_name, i.status, i.activated_offline,
         i.proxy_public_key, i.credential_hash, i.credential_revoked_at, i.managed_computers,
         lk.kind AS key_kind, lk.quota, lk.key_last, lk.expires_on::text AS key_expires_on,
         s.starts_on::text AS starts_on, s.ends_on::text AS ends_on, s.status AS subscription_status
    FROM installations i
    JOIN business_accounts ba ON ba.id = i.account_id
    LEFT JOIN license_keys lk ON lk.id = i.license_key_id
    LEFT JOIN subscriptions s ON s.id = lk.subscription_id
   WHERE i.id = $1`;

export async function loadInstallationContext(db: DataSource | EntityManager, installationId: string): Promise<InstallationContext | undefined> {
  const [row] = await prepared<ContextRow>(db, 'activation_installation_context', CONTEXT_BY_ID, [installationId]);
  if (!row) return undefined;
  const key: KeyFacts | null =
    row.key_kind && row.quota !== null && row.key_last && row.starts_on && row.ends_on && row.subscription_status
      ? {
          keyKind: row.key_kind,
          quota: row.quota,
          keyLast: row.key_last,
          keyExpiresOn: row.key_expires_on,
          startsOn: row.starts_on,
          endsOn: row.ends_on,
          subscriptionStatus: row.subscription_status,
        }
      : null;
  return {
    id: row.id,
    accountId: row.account_id,
    companyName: row.company_name,
    licenseKeyId: row.license_key_id,
    serverName: row.server_name,
    status: row.status,
    activatedOffline: row.activated_offline,
    proxyPublicKey: row.proxy_public_key,
    credentialHash: row.credential_hash,
    credentialRevokedAt: row.credential_revoked_at,
    managedComputers: row.managed_computers,
    key,
  };
}
