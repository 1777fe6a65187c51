import { keyEndsOn as lastValidDay, licenseState, maskLicenseKey, utcToday, type LicenseDocumentType, type LicensePayload, type LicenseState, type LicenseStatus, DAY_MS } from '#common';

/** What a key and its subscription say, as the hot queries read them (dates as YYYY-MM-DD). */
export interface KeyFacts {
  keyKind: 'primary' | 'reserved';
  quota: number;
  keyLast: string;
  keyExpiresOn: string | null;
  startsOn: string;
  endsOn: string;
  subscriptionStatus: 'active' | 'suspended' | 'cancelled';
}

/** The SQL columns of a key's facts (`lk` the license key, `s` its subscription), as `keyFactsOf` reads them. */
export const KEY_FACTS_COLUMNS = `lk.kind AS key_kind, lk.quota, lk.key_last, lk.expires_on::text AS key_expires_on,
         s.starts_on::text AS starts_on, s.ends_on::text AS ends_on, s.status AS subscription_status`;

/** A row with KEY_FACTS_COLUMNS; null in each where a LEFT JOIN found no key. */
export interface KeyFactsRow {
  key_kind: KeyFacts['keyKind'] | null;
  quota: number | null;
  key_last: string | null;
  key_expires_on: string | null;
  starts_on: string | null;
  ends_on: string | null;
  subscription_status: KeyFacts['subscriptionStatus'] | null;
}

/** The key's facts from a row with KEY_FACTS_COLUMNS, or null when the row has no key. */
export function keyFactsOf(row: KeyFactsRow): KeyFacts | null {
  const { key_kind: keyKind, quota, key_last: keyLast, starts_on: startsOn, ends_on: endsOn, subscription_status: subscriptionStatus } = row;
  if (!keyKind || quota === null || !keyLast || !startsOn || !endsOn || !subscriptionStatus) return null;
  return { keyKind, quota, keyLast, keyExpiresOn: row.key_expires_on, startsOn, endsOn, subscriptionStatus };
}

/** The license information a proxy shows its operator (and the signed document repeats). */
export interface LicenseInfo {
  licenseKey: string | null;
  keyKind: 'primary' | 'reserved' | null;
  startsOn: string | null;
  endsOn: string | null;
  quota: number;
  used: number;
  vacant: number;
  status: LicenseStatus;
}

/** A key is valid through its end date (UTC): a sublicense's own expiry, else the subscription's end. */
export function keyEndsOn(facts: KeyFacts): string {
  return lastValidDay(facts.keyExpiresOn, facts.endsOn);
}

/** The key's own state (the shared license-state rule over the key's end date). */
export function keyStatus(facts: KeyFacts, now: Date = new Date()): LicenseState {
  return licenseState({ status: facts.subscriptionStatus, endsOn: keyEndsOn(facts) }, utcToday(now));
}

/**
 * Status of an installation as a proxy is told: deactivated (also when its sublicense is gone) wins,
 * then the key's status, then over_limit when the last report exceeded the quota.
 */
export function installationLicenseStatus(
  installation: { status: 'active' | 'deactivated'; managedComputers: number },
  facts: KeyFacts | null,
  now: Date = new Date(),
): LicenseStatus {
  if (installation.status === 'deactivated' || !facts) return 'deactivated';
  const status = keyStatus(facts, now);
  if (status !== 'active') return status;
  return installation.managedComputers > facts.quota ? 'over_limit' : 'active';
}

export function licenseInfo(facts: KeyFacts | null, used: number, status: LicenseStatus): LicenseInfo {
  if (!facts) return { licenseKey: null, keyKind: null, startsOn: null, endsOn: null, quota: 0, used, vacant: 0, status };
  return {
    licenseKey: maskLicenseKey(facts.keyLast),
    keyKind: facts.keyKind,
    startsOn: facts.startsOn,
    endsOn: keyEndsOn(facts),
    quota: facts.quota,
    used,
    vacant: Math.max(0, facts.quota - used),
    status,
  };
}

/**
 * Until when a proxy may trust a document offline: `validityDays` after issue, never past the end of
 * the key's last day; a document that does not grant use (expired, suspended, ...) is trusted for nothing.
 */
export function validUntil(info: LicenseInfo, issuedAt: Date, validityDays: number): Date {
  if ((info.status !== 'active' && info.status !== 'over_limit') || !info.endsOn) return issuedAt;
  const endOfKey = Date.parse(`${info.endsOn}T00:00:00.000Z`) + DAY_MS;
  return new Date(Math.max(issuedAt.getTime(), Math.min(issuedAt.getTime() + validityDays * DAY_MS, endOfKey)));
}

export interface DocumentSubject {
  installationId: string;
  accountId: string;
  companyName: string;
  proxyKeyId: string;
  activatedOffline: boolean;
}

export function licensePayload(
  type: LicenseDocumentType,
  subject: DocumentSubject,
  info: LicenseInfo,
  validityDays: number,
  inResponseTo?: string,
  now: Date = new Date(),
): LicensePayload {
  const payload: LicensePayload = {
    type,
    version: 1,
    installationId: subject.installationId,
    accountId: subject.accountId,
    companyName: subject.companyName,
    proxyKeyId: subject.proxyKeyId,
    licenseKey: info.licenseKey,
    keyKind: info.keyKind,
    quota: info.quota,
    used: info.used,
    vacant: info.vacant,
    startsOn: info.startsOn,
    endsOn: info.endsOn,
    status: info.status,
    activatedOffline: subject.activatedOffline,
    issuedAt: now.toISOString(),
    validUntil: validUntil(info, now, validityDays).toISOString(),
  };
  if (inResponseTo) payload.inResponseTo = inResponseTo;
  return payload;
}
