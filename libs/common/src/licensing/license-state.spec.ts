import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import {
  daysUntil,
  expiringSoonSql,
  isExpiringSoon,
  isUsable,
  keyEndsOn,
  keyEndsOnSql,
  LICENSE_STATES,
  licenseState,
  licenseStateIsSql,
  licenseStateSql,
  sqlDate,
  usableSql,
  utcToday,
  type StoredSubscriptionStatus,
} from './license-state.js';

const today = '2026-06-15';

/** Stored status x subscription end x a key's own expiry: every boundary the rules have. */
const STATUSES: StoredSubscriptionStatus[] = ['active', 'suspended', 'cancelled'];
const SUBSCRIPTION_ENDS = ['2026-06-14', '2026-06-15', '2026-06-16', '2026-07-15', '2026-07-16', '2027-01-01'];
const KEY_EXPIRES: Array<string | null> = [null, '2026-06-14', '2026-06-15', '2026-07-15', '2026-12-31', '2027-06-01'];
const CASES = STATUSES.flatMap((status) => SUBSCRIPTION_ENDS.flatMap((endsOn) => KEY_EXPIRES.map((keyExpiresOn) => ({ status, endsOn, keyExpiresOn }))));

describe('license state in TypeScript', () => {
  it('lets decisions win over dates and expires from the day after the end date', () => {
    expect(licenseState({ status: 'active', endsOn: '2026-06-15' }, today)).toBe('active');
    expect(licenseState({ status: 'active', endsOn: '2026-06-14' }, today)).toBe('expired');
    expect(licenseState({ status: 'suspended', endsOn: '2026-06-14' }, today)).toBe('suspended');
    expect(licenseState({ status: 'cancelled', endsOn: '2027-01-01' }, today)).toBe('cancelled');
    expect(isUsable({ status: 'suspended', endsOn: '2027-01-01' }, today)).toBe(false);
  });

  it('counts the 30 days of "expiring soon" from today, and only for usable licenses', () => {
    expect(isExpiringSoon({ status: 'active', endsOn: '2026-07-15' }, today)).toBe(true);
    expect(isExpiringSoon({ status: 'active', endsOn: '2026-07-16' }, today)).toBe(false);
    expect(isExpiringSoon({ status: 'active', endsOn: '2026-06-14' }, today)).toBe(false);
    expect(isExpiringSoon({ status: 'suspended', endsOn: '2026-06-20' }, today)).toBe(false);
  });

  it("ends a key on its own date but never after the subscription's end", () => {
    expect(keyEndsOn(null, '2026-12-31')).toBe('2026-12-31');
    expect(keyEndsOn('2026-09-30', '2026-12-31')).toBe('2026-09-30');
    expect(keyEndsOn('2027-03-01', '2026-12-31')).toBe('2026-12-31');
  });

  it('takes today in UTC and refuses anything but a calendar date as SQL', () => {
    expect(utcToday(new Date('2026-06-15T23:59:59.999-02:00'))).toBe('2026-06-16');
    expect(sqlDate('2026-06-15')).toBe(`'2026-06-15'::date`);
    expect(() => sqlDate(`2026-06-15'; DROP TABLE x; --`)).toThrow('not a calendar date');
  });
});

describe('license state in SQL agrees with TypeScript (real Postgres)', () => {
  let client: pg.Client;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
  });

  it(`decides ${CASES.length} cases exactly like licenseState, isUsable, isExpiringSoon and keyEndsOn`, async () => {
    const t = sqlDate(today);
    const ends = keyEndsOnSql('c.key_expires_on', 'c.ends_on');
    const columns = { status: 'c.status', endsOn: ends };
    const stateIs = LICENSE_STATES.map((state) => `${licenseStateIsSql(columns, state, t)} AS "is_${state}"`).join(', ');
    const { rows } = await client.query<Record<string, unknown>>(
      `SELECT c.n, ${ends}::text AS key_ends_on, ${licenseStateSql(columns, t)} AS state,
              ${usableSql(columns, t)} AS usable, ${expiringSoonSql(columns, t)} AS expiring_soon, ${stateIs}
         FROM jsonb_to_recordset($1::jsonb) AS c(n int, status varchar(16), ends_on date, key_expires_on date)
        ORDER BY c.n`,
      [JSON.stringify(CASES.map((c, n) => ({ n, status: c.status, ends_on: c.endsOn, key_expires_on: c.keyExpiresOn })))],
    );
    expect(rows).toHaveLength(CASES.length);
    const fromSql = rows.map((r) => ({
      keyEndsOn: r.key_ends_on,
      state: r.state,
      usable: r.usable,
      expiringSoon: r.expiring_soon,
      stateIs: LICENSE_STATES.filter((s) => r[`is_${s}`] === true),
    }));
    const fromTs = CASES.map((c) => {
      const facts = { status: c.status, endsOn: keyEndsOn(c.keyExpiresOn, c.endsOn) };
      const state = licenseState(facts, today);
      return { keyEndsOn: facts.endsOn, state, usable: isUsable(facts, today), expiringSoon: isExpiringSoon(facts, today), stateIs: [state] };
    });
    expect(fromSql).toEqual(fromTs);
    // The table covers every outcome, so the agreement is not vacuous.
    expect(new Set(fromTs.map((c) => c.state))).toEqual(new Set(LICENSE_STATES));
    expect(fromTs.some((c) => c.expiringSoon)).toBe(true);
  });
});

describe('daysUntil', () => {
  it('counts calendar days, across month ends and leap years', () => {
    expect(daysUntil('2026-03-31', '2026-03-01')).toBe(30);
    expect(daysUntil('2026-03-01', '2026-03-01')).toBe(0);
    expect(daysUntil('2026-02-28', '2026-03-01')).toBe(-1);
    expect(daysUntil('2028-03-01', '2028-02-28')).toBe(2);
  });

  it('rejects what is not a calendar date', () => {
    expect(() => daysUntil('01/03/2026', '2026-03-01')).toThrow('not a calendar date');
    expect(() => daysUntil('2026-03-01', '2026-3-1')).toThrow('not a calendar date');
  });
});
