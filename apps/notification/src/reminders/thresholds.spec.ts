import { describe, expect, it } from '@jest/globals';
import { describeDaysLeft, dueThreshold } from './thresholds.js';

describe('expiry reminder thresholds', () => {
  const today = '2026-03-01';

  it('is due at 30, 7 and 1 days before the end', () => {
    expect(dueThreshold('2026-03-31', today)).toBe(30);
    expect(dueThreshold('2026-03-08', today)).toBe(7);
    expect(dueThreshold('2026-03-02', today)).toBe(1);
  });

  it('gives the smallest crossed threshold when the job ran late or the subscription is new', () => {
    expect(dueThreshold('2026-03-21', today)).toBe(30);
    expect(dueThreshold('2026-03-06', today)).toBe(7);
    // The last day still counts as "1 day before": the end date is the last valid day.
    expect(dueThreshold('2026-03-01', today)).toBe(1);
  });

  it('is not due more than 30 days ahead', () => {
    expect(dueThreshold('2026-04-01', today)).toBeNull();
    expect(dueThreshold('2027-03-01', today)).toBeNull();
  });

  it('is "expired" (0) from the day after the end, within the window only', () => {
    expect(dueThreshold('2026-02-28', today)).toBe(0);
    expect(dueThreshold('2026-02-22', today)).toBe(0);
    expect(dueThreshold('2026-02-21', today)).toBeNull();
    expect(dueThreshold('2026-02-21', today, 30)).toBe(0);
  });

  it('rejects what is not a calendar date', () => {
    expect(() => dueThreshold('01/03/2026', today)).toThrow('not a calendar date');
  });

  it('words the days left', () => {
    expect(describeDaysLeft(0)).toBe('today');
    expect(describeDaysLeft(1)).toBe('tomorrow');
    expect(describeDaysLeft(7)).toBe('in 7 days');
  });
});
