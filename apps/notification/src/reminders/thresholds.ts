import { daysUntil } from '#common';
/**
 * When expiry reminders are due. Dates are calendar dates (YYYY-MM-DD, UTC): an end date is the
 * last day of validity, so a subscription ending on 2026-12-31 is expired from 2027-01-01.
 */

/** Reminders before expiry, in days. */
export const REMINDER_THRESHOLDS = [30, 7, 1] as const;
/** The threshold value that stands for "expired". */
export const EXPIRED_THRESHOLD = 0;
/**
 * How long after the end an "expired" reminder may still go out (the job was down, or the
 * subscription ended long before this service ran: those get nothing, rather than a flood).
 */
export const EXPIRED_REMINDER_WINDOW_DAYS = 7;

/**
 * The reminder due today, or null: the smallest threshold the remaining days have crossed
 * (one email, even when the job missed earlier thresholds), or 0 once expired, within the window.
 * Claiming it once per (target, threshold, expiry date) makes each reminder go out once.
 */
export function dueThreshold(expiresOn: string, today: string, expiredWindowDays = EXPIRED_REMINDER_WINDOW_DAYS): number | null {
  const days = daysUntil(expiresOn, today);
  if (days < 0) return -days <= expiredWindowDays ? EXPIRED_THRESHOLD : null;
  const crossed = [...REMINDER_THRESHOLDS].sort((a, b) => a - b).find((t) => days <= t);
  return crossed ?? null;
}

/** "today", "tomorrow", "in 5 days": how the emails say when something expires. */
export function describeDaysLeft(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}
