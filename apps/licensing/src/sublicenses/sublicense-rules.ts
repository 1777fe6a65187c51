import { DomainError } from '#common';
import { LicensingErrorCode } from '../licensing.errors.js';

export interface ExpirySetting {
  renewsWithSubscription: boolean;
  /** Own expiry; null when the sublicense renews with the subscription. */
  expiresOn: string | null;
}

export interface ExpiryInput {
  renewsWithSubscription?: boolean;
  expiresOn?: string | null;
}

/**
 * The expiry a sublicense ends up with. Renewing ones carry no date of their own (they follow the
 * subscription); the others need one, not in the past and not after the subscription's end.
 * `current` is null when creating (renewing by default).
 */
export function resolveExpiry(current: ExpirySetting | null, input: ExpiryInput, subscriptionEndsOn: string, today: string): ExpirySetting {
  const renews = input.renewsWithSubscription ?? current?.renewsWithSubscription ?? true;
  const givenDate = input.expiresOn ?? null;
  if (renews) {
    if (givenDate !== null) {
      throw new DomainError(
        LicensingErrorCode.EXPIRY_WITH_RENEWAL,
        'A sublicense that renews with the subscription has no expiry date of its own; set renewsWithSubscription to false to give one',
      );
    }
    return { renewsWithSubscription: true, expiresOn: null };
  }
  const expiresOn = givenDate ?? current?.expiresOn ?? null;
  if (expiresOn === null) {
    throw new DomainError(LicensingErrorCode.EXPIRY_REQUIRED, 'A sublicense that does not renew with the subscription needs an expiry date');
  }
  if (givenDate !== null) {
    if (givenDate > subscriptionEndsOn) {
      throw new DomainError(
        LicensingErrorCode.EXPIRY_AFTER_SUBSCRIPTION,
        `The expiry date cannot be later than the subscription's end (${subscriptionEndsOn})`,
        { subscriptionEndsOn },
      );
    }
    if (givenDate < today) throw new DomainError(LicensingErrorCode.EXPIRY_IN_PAST, 'The expiry date is in the past');
  }
  return { renewsWithSubscription: false, expiresOn };
}

/**
 * A sublicense's quota going from `currentQuota` (0 when creating) to `newQuota`: the increase
 * must fit in the primary key's vacant licenses, and the quota cannot drop below what the key's
 * installation uses.
 */
export function checkQuotaChange(args: { primaryVacant: number; currentQuota: number; newQuota: number; used: number }): void {
  const increase = args.newQuota - args.currentQuota;
  if (increase > args.primaryVacant) {
    throw new DomainError(
      LicensingErrorCode.QUOTA_EXCEEDED,
      `Not enough vacant licenses on the primary key: ${increase} needed, ${args.primaryVacant} vacant`,
      { needed: increase, vacant: args.primaryVacant },
    );
  }
  if (args.newQuota < args.used) {
    throw new DomainError(
      LicensingErrorCode.QUOTA_BELOW_USAGE,
      `The quota cannot be lower than the ${args.used} computers the key's installation manages`,
      { quota: args.newQuota, used: args.used },
    );
  }
}
