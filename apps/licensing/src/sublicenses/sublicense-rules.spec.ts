import { describe, expect, it } from '@jest/globals';
import { DomainError } from '#common';
import { checkQuotaChange, resolveExpiry } from './sublicense-rules.js';

const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (err) {
    return err instanceof DomainError ? err.code : 'not an DomainError';
  }
};

describe('resolveExpiry', () => {
  const ends = '2026-12-31';
  const today = '2026-06-01';

  it('renews with the subscription by default, with no date of its own', () => {
    expect(resolveExpiry(null, {}, ends, today)).toEqual({ renewsWithSubscription: true, expiresOn: null });
  });

  it('takes an own date up to the subscription end, inclusive', () => {
    expect(resolveExpiry(null, { renewsWithSubscription: false, expiresOn: ends }, ends, today)).toEqual({
      renewsWithSubscription: false,
      expiresOn: ends,
    });
  });

  it('refuses a date after the subscription end, in the past, missing, or together with renewal', () => {
    expect(code(() => resolveExpiry(null, { renewsWithSubscription: false, expiresOn: '2027-01-01' }, ends, today))).toBe('EXPIRY_AFTER_SUBSCRIPTION');
    expect(code(() => resolveExpiry(null, { renewsWithSubscription: false, expiresOn: '2026-05-31' }, ends, today))).toBe('EXPIRY_IN_PAST');
    expect(code(() => resolveExpiry(null, { renewsWithSubscription: false }, ends, today))).toBe('EXPIRY_REQUIRED');
    expect(code(() => resolveExpiry(null, { expiresOn: '2026-10-01' }, ends, today))).toBe('EXPIRY_WITH_RENEWAL');
  });

  it('keeps the current setting when a change does not touch it, and drops the date when switched to renewing', () => {
    const own = { renewsWithSubscription: false, expiresOn: '2026-09-30' };
    expect(resolveExpiry(own, {}, ends, today)).toEqual(own);
    expect(resolveExpiry(own, { renewsWithSubscription: true }, ends, today)).toEqual({ renewsWithSubscription: true, expiresOn: null });
    // An unchanged date that has since passed is not re-judged.
    expect(resolveExpiry(own, {}, ends, '2026-10-05')).toEqual(own);
  });
});

describe('checkQuotaChange', () => {
  it('allows what fits in the primary key\'s vacant licenses', () => {
    expect(code(() => checkQuotaChange({ primaryVacant: 3, currentQuota: 0, newQuota: 3, used: 0 }))).toBeUndefined();
    expect(code(() => checkQuotaChange({ primaryVacant: 3, currentQuota: 0, newQuota: 4, used: 0 }))).toBe('QUOTA_EXCEEDED');
  });

  it('counts only the increase when enlarging, and any decrease is free down to the usage', () => {
    expect(code(() => checkQuotaChange({ primaryVacant: 2, currentQuota: 5, newQuota: 7, used: 5 }))).toBeUndefined();
    expect(code(() => checkQuotaChange({ primaryVacant: 0, currentQuota: 5, newQuota: 3, used: 3 }))).toBeUndefined();
    expect(code(() => checkQuotaChange({ primaryVacant: 0, currentQuota: 5, newQuota: 2, used: 3 }))).toBe('QUOTA_BELOW_USAGE');
  });
});
