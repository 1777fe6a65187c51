/**
 * Whether a subscription or a license key is usable today, and why not: decided here once, as a
 * TypeScript function for rows in memory and as the matching SQL fragment for queries. Every service
 * reads license state through this module; `license-state.spec.ts` proves both halves agree.
 *
 * Dates are calendar dates as `YYYY-MM-DD` strings (Postgres `date`) in UTC. An end date is the last
 * day of validity: a subscription ending on 2026-12-31 is expired from 2027-01-01.
 */

/** What a subscription stores; `expired` is never stored, it is derived from the end date. */
export type StoredSubscriptionStatus = 'active' | 'suspended' | 'cancelled';

/** What a subscription or key is today. Only `active` grants use; the others say why not. */
export const LICENSE_STATES = ['active', 'expired', 'suspended', 'cancelled'] as const;
export type LicenseState = (typeof LICENSE_STATES)[number];

/** "Expiring soon" means ending within this many days (today included). */
export const EXPIRING_SOON_DAYS = 30;

export const DAY_MS = 86_400_000;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's calendar date in UTC. */
export function utcToday(now: Date = new Date()): string {
  return isoDate(now);
}

export function addDays(day: string, days: number): string {
  return isoDate(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** Whole calendar days from `today` to `day` (both YYYY-MM-DD, UTC): 0 on the day itself, negative once past. */
export function daysUntil(day: string, today: string): number {
  return Math.round((calendarDay(day) - calendarDay(today)) / DAY_MS);
}

function calendarDay(value: string): number {
  if (!CALENDAR_DATE.test(value)) throw new Error(`not a calendar date: ${value}`);
  return Date.parse(`${value}T00:00:00Z`);
}

/** Whole days from `now` until the instant `until`, rounded down: 0 within the last day, negative once past. */
export function daysLeft(until: Date, now: Date = new Date()): number {
  return Math.floor((until.getTime() - now.getTime()) / DAY_MS);
}

/** What decides the state: the subscription's stored status and the last valid day (see `keyEndsOn`). */
export interface LicenseFacts {
  status: StoredSubscriptionStatus;
  endsOn: string;
}

/** The end date is the last valid day: a license has ended from the day after it. */
export function hasEnded(endsOn: string, today: string): boolean {
  return endsOn < today;
}

/** Cancelled and suspended are decisions and win; otherwise expired from the day after the end date. */
export function licenseState(facts: LicenseFacts, today: string): LicenseState {
  if (facts.status === 'cancelled' || facts.status === 'suspended') return facts.status;
  return hasEnded(facts.endsOn, today) ? 'expired' : 'active';
}

export function isUsable(facts: LicenseFacts, today: string): boolean {
  return licenseState(facts, today) === 'active';
}

/** Usable today and ending within `EXPIRING_SOON_DAYS`. */
export function isExpiringSoon(facts: LicenseFacts, today: string): boolean {
  return isUsable(facts, today) && facts.endsOn <= addDays(today, EXPIRING_SOON_DAYS);
}

/**
 * A key's last valid day: its own expiry date (a sublicense that does not renew with the
 * subscription) but never after the subscription's end; the subscription's end when it has none.
 * A key that renews with the subscription stores no date of its own.
 */
export function keyEndsOn(keyExpiresOn: string | null, subscriptionEndsOn: string): string {
  return keyExpiresOn !== null && keyExpiresOn < subscriptionEndsOn ? keyExpiresOn : subscriptionEndsOn;
}

// ---- The same rules in SQL. Arguments are SQL expressions; `today` must be of type date. ----

/** The columns (or expressions) a fragment reads: the stored status and the last valid day. */
export interface LicenseColumns {
  status: string;
  endsOn: string;
}

/** Today (UTC) as a SQL date literal, built from our own clock (or a checked date), never from input. */
export function sqlDate(day: string = utcToday()): string {
  if (!CALENDAR_DATE.test(day)) throw new Error(`not a calendar date: ${day}`);
  return `'${day}'::date`;
}

/** `keyEndsOn` in SQL (LEAST ignores a null own date). */
export function keyEndsOnSql(keyExpiresOn: string, subscriptionEndsOn: string): string {
  return `LEAST(${keyExpiresOn}, ${subscriptionEndsOn})`;
}

/** `licenseState` in SQL: one of `LICENSE_STATES` as text. */
export function licenseStateSql(c: LicenseColumns, today: string): string {
  return `(CASE WHEN ${c.status} IN ('cancelled', 'suspended') THEN ${c.status}::text WHEN ${c.endsOn} < ${today} THEN 'expired' ELSE 'active' END)`;
}

/** `isUsable` in SQL, written so that an index on the status and end date can serve it. */
export function usableSql(c: LicenseColumns, today: string): string {
  return `(${c.status} = 'active' AND ${c.endsOn} >= ${today})`;
}

/** `licenseState(...) === state` in SQL, index-friendly. */
export function licenseStateIsSql(c: LicenseColumns, state: LicenseState, today: string): string {
  switch (state) {
    case 'active':
      return usableSql(c, today);
    case 'expired':
      return `(${c.status} = 'active' AND ${c.endsOn} < ${today})`;
    case 'suspended':
    case 'cancelled':
      return `(${c.status} = '${state}')`;
  }
}

/** `isExpiringSoon` in SQL. */
export function expiringSoonSql(c: LicenseColumns, today: string): string {
  return `(${usableSql(c, today)} AND ${c.endsOn} <= ${today} + ${EXPIRING_SOON_DAYS})`;
}
