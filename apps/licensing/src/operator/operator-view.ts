import { licenseState } from '#common';
import type { EntityManager } from 'typeorm';
import { BusinessAccountEntity, type SubscriptionOrderEntity } from '#database';
import type { KeyVault } from '../keys/key-vault.js';
import { loadKeysWithUsage } from '../shared/license-keys.repository.js';
import { toLicenseKeyResponse, toProductResponse } from '../shared/subscription.mapper.js';
import { findSubscription, loadOrders } from '../shared/subscriptions.repository.js';
import type { AccountRefResponseDto, OperatorOrderResponseDto, OperatorSubscriptionResponseDto } from './operator-subscriptions.dto.js';

export function toAccountRef(account: BusinessAccountEntity | null): AccountRefResponseDto | null {
  return account ? { id: account.id, companyName: account.companyName, supportCode: account.supportCode } : null;
}

function toOperatorOrder(o: SubscriptionOrderEntity): OperatorOrderResponseDto {
  return {
    id: o.id,
    kind: o.kind,
    quantityChange: o.quantityChange,
    endsOnBefore: o.endsOnBefore,
    endsOnAfter: o.endsOnAfter,
    reference: o.reference,
    performedBy: o.performedBy,
    createdAt: o.createdAt.toISOString(),
  };
}

/** Everything an operator sees about one subscription, keys in full. */
export async function loadOperatorView(m: EntityManager, vault: KeyVault, subscriptionId: string, today: string): Promise<OperatorSubscriptionResponseDto> {
  const s = await findSubscription(m, subscriptionId, null);
  const [account, orders, keys] = [
    s.accountId ? await m.findOneBy(BusinessAccountEntity, { id: s.accountId }) : null,
    await loadOrders(m, s.id),
    await loadKeysWithUsage(m, s.id),
  ];
  return {
    id: s.id,
    name: s.name,
    status: licenseState(s, today),
    storedStatus: s.status,
    product: toProductResponse(s.product),
    account: toAccountRef(account),
    quantity: s.quantity,
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    renewalEnabled: s.renewalEnabled,
    isTrial: s.isTrial,
    registeredAt: s.registeredAt ? s.registeredAt.toISOString() : null,
    contract: { contractNumber: s.contractNumber, salesChannel: s.salesChannel, resellerName: s.resellerName, terms: s.contractTerms },
    orders: orders.map(toOperatorOrder),
    licenseKeys: keys.map((k) => toLicenseKeyResponse(k, s.endsOn, today, vault, true)),
    createdAt: s.createdAt.toISOString(),
  };
}
