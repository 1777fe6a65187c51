import type { ProductEntity, SubscriptionEntity, SubscriptionOrderEntity } from '#database';
import type { KeyVault } from '../keys/key-vault.js';
import type { KeyWithUsage } from './license-keys.repository.js';
import { effectiveStatus, isExpiringSoon, keyExpiresOn } from './status.js';
import type {
  LicenseKeyResponseDto,
  OrderResponseDto,
  ProductResponseDto,
  SubscriptionDetailsResponseDto,
  SubscriptionSummaryResponseDto,
} from './subscription.dto.js';

/** A subscription with its product loaded. */
export type SubscriptionWithProduct = SubscriptionEntity & { product: ProductEntity };

export function toProductResponse(product: ProductEntity): ProductResponseDto {
  return { id: product.id, code: product.code, name: product.name };
}

export function toSubscriptionSummary(s: SubscriptionWithProduct, today: string): SubscriptionSummaryResponseDto {
  return {
    id: s.id,
    name: s.name,
    status: effectiveStatus(s.status, s.endsOn, today),
    product: toProductResponse(s.product),
    quantity: s.quantity,
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    renewalEnabled: s.renewalEnabled,
    isTrial: s.isTrial,
    expiringSoon: s.status === 'active' && isExpiringSoon(s.endsOn, today),
  };
}

export function toOrderResponse(o: SubscriptionOrderEntity): OrderResponseDto {
  return {
    id: o.id,
    kind: o.kind,
    quantityChange: o.quantityChange,
    endsOnBefore: o.endsOnBefore,
    endsOnAfter: o.endsOnAfter,
    reference: o.reference,
    createdAt: o.createdAt.toISOString(),
  };
}

export function toSubscriptionDetails(
  s: SubscriptionWithProduct,
  orders: SubscriptionOrderEntity[],
  today: string,
): SubscriptionDetailsResponseDto {
  return {
    ...toSubscriptionSummary(s, today),
    registeredAt: s.registeredAt ? s.registeredAt.toISOString() : null,
    contract: { contractNumber: s.contractNumber, salesChannel: s.salesChannel, resellerName: s.resellerName, terms: s.contractTerms },
    orders: orders.map(toOrderResponse),
  };
}

export function toLicenseKeyResponse(
  key: KeyWithUsage,
  subscriptionEndsOn: string,
  today: string,
  vault: KeyVault,
  showFullKey: boolean,
): LicenseKeyResponseDto {
  const expiresOn = keyExpiresOn(key, subscriptionEndsOn);
  return {
    id: key.id,
    name: key.name,
    keyKind: key.kind,
    key: vault.display(key, showFullKey),
    keyMasked: !showFullKey,
    quota: key.quota,
    used: key.used,
    vacant: Math.max(0, key.quota - key.used),
    renewsWithSubscription: key.kind === 'primary' ? true : key.renewsWithSubscription,
    expiresOn,
    expired: expiresOn < today,
    installation: key.installationId ? { id: key.installationId, serverName: key.serverName ?? '' } : null,
  };
}
