import type { DataSource, EntityManager } from 'typeorm';
import { prepared } from '../db/prepared.js';
import { KEY_FACTS_COLUMNS, keyFactsOf, type KeyFacts, type KeyFactsRow } from '../licenses/license-view.js';

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

interface ContextRow extends KeyFactsRow {
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
}

// Primary-key probes only.
const CONTEXT_BY_ID = `
  SELECT i.id, i.account_id, ba.company_name, i.license_key_id, i.server_name, i.status, i.activated_offline,
         i.proxy_public_key, i.credential_hash, i.credential_revoked_at, i.managed_computers,
         ${KEY_FACTS_COLUMNS}
    FROM installations i
    JOIN business_accounts ba ON ba.id = i.account_id
    LEFT JOIN license_keys lk ON lk.id = i.license_key_id
    LEFT JOIN subscriptions s ON s.id = lk.subscription_id
   WHERE i.id = $1`;

export async function loadInstallationContext(db: DataSource | EntityManager, installationId: string): Promise<InstallationContext | undefined> {
  const [row] = await prepared<ContextRow>(db, 'activation_installation_context', CONTEXT_BY_ID, [installationId]);
  if (!row) return undefined;
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
    key: keyFactsOf(row),
  };
}
