import type { EntityManager } from 'typeorm';
import { DomainError, isUuid } from '#common';
import { SubscriptionEntity, SubscriptionOrderEntity } from '#database';
import { LicensingErrorCode } from '../licensing.errors.js';
import type { SubscriptionWithProduct } from './subscription.mapper.js';

export const subscriptionNotFound = () => new DomainError(LicensingErrorCode.SUBSCRIPTION_NOT_FOUND, 'Subscription not found');

/**
 * A subscription of `accountId` (null: any, for operators) with its product. Another account's
 * subscription answers 404 exactly like a missing one. With `lock`, the row is locked FOR UPDATE
 * first: every change to a subscription's quantity or keys serialises on it.
 */
export async function findSubscription(
  manager: EntityManager,
  id: string,
  accountId: string | null,
  lock = false,
): Promise<SubscriptionWithProduct> {
  if (!isUuid(id)) throw subscriptionNotFound();
  if (lock) {
    const locked: unknown[] = await manager.query(
      `SELECT id FROM subscriptions WHERE id = $1 AND ($2::uuid IS NULL OR account_id = $2::uuid) FOR UPDATE`,
      [id, accountId],
    );
    if (locked.length === 0) throw subscriptionNotFound();
  }
  const subscription = await manager.findOne(SubscriptionEntity, {
    where: accountId === null ? { id } : { id, accountId },
    relations: { product: true },
  });
  if (!subscription?.product) throw subscriptionNotFound();
  return subscription as SubscriptionWithProduct;
}

export function loadOrders(manager: EntityManager, subscriptionId: string): Promise<SubscriptionOrderEntity[]> {
  return manager.find(SubscriptionOrderEntity, { where: { subscriptionId }, order: { createdAt: 'ASC', id: 'ASC' } });
}
