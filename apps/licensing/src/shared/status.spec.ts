import { describe, expect, it } from '@jest/globals';
import { addDays } from './dates.js';
import { effectiveStatus, isExpiringSoon, keyExpiresOn } from './status.js';
import { compareVersionsDesc } from '../catalogue/catalogue.service.js';

describe('subscription status', () => {
  const today = '2026-06-15';

  it('is expired from the day after the end date; the end date itself is valid', () => {
    expect(effectiveStatus('active', '2026-06-15', today)).toBe('active');
    expect(effectiveStatus('active', '2026-06-14', today)).toBe('expired');
  });

  it('keeps suspended and cancelled whatever the dates', () => {
    expect(effectiveStatus('suspended', '2026-06-14', today)).toBe('suspended');
    expect(effectiveStatus('cancelled', '2027-01-01', today)).toBe('cancelled');
  });

  it('is expiring soon within 30 days, not after and not once expired', () => {
    expect(isExpiringSoon('2026-07-15', today)).toBe(true);
    expect(isExpiringSoon('2026-07-16', today)).toBe(false);
    expect(isExpiringSoon('2026-06-14', today)).toBe(false);
  });

  it('gives a key the subscription end unless it has its own date', () => {
    expect(keyExpiresOn({ renewsWithSubscription: true, expiresOn: null }, '2026-12-31')).toBe('2026-12-31');
    expect(keyExpiresOn({ renewsWithSubscription: false, expiresOn: '2026-09-30' }, '2026-12-31')).toBe('2026-09-30');
  });
});

describe('dates and versions', () => {
  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('sorts product versions newest first, numerically', () => {
    expect(['7.9.2', '7.10.0', '7.2.1'].sort(compareVersionsDesc)).toEqual(['7.10.0', '7.9.2', '7.2.1']);
  });
});
