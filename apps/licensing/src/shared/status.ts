import type { SubscriptionStatus } from '#database';
import { addDays } from './dates.js';

export const EFFECTIVE_STATUSES = ['active', 'expired', 'suspended', 'cancelled'] as const;
export type EffectiveStatus = (typeof EFFECTIVE_STATUSES)[number];

/** "Expiring soon" means within this many days. */
export const EXPIRING_SOON_DAYS = 30;

/**
 * What a subscription is today. Cancelled and suspended are decisions and win; otherwise it is
 * expired from the day after its end date (the end date itself is still valid).
 */
export function effectiveStatus(stored: SubscriptionStatus, endsOn: string, today: string): EffectiveStatus {
  if (stored === 'cancelled' || stored === 'suspended') return stored;
  return endsOn < today ? 'expired' : 'active';
}

export function isExpiringSoon(endsOn: string, today: string): boolean {
  return endsOn >= today && endsOn <= addDays(today, EXPIRING_SOON_DAYS);
}

/** A key's effective expiry: the subscription's end when it renews with it, else its own date. */
export function keyExpiresOn(key: { renewsWithSubscription: boolean; expiresOn: string | null }, subscriptionEndsOn: string): string {
  return key.renewsWithSubscription || !key.expiresOn ? subscriptionEndsOn : key.expiresOn;
}
