import { Injectable } from '@nestjs/common';
import { licenseState } from '#common';
import type { EntityManager } from 'typeorm';
import type { BusinessAccountEntity, SubscriptionOrderEntity } from '#database';
import { KeyVault } from '../keys/key-vault.js';
import { LicenseKeysRepository } from '../shared/license-keys.repository.js';
import { toLicenseKeyResponse, toOrderResponse, toProductResponse } from '../shared/subscription.mapper.js';
import { SubscriptionsRepository } from '../shared/subscriptions.repository.js';
import { OperatorAccountsRepository } from './operator-accounts.repository.js';
import type { AccountRefResponseDto, OperatorOrderResponseDto, OperatorSubscriptionResponseDto } from './operator-subscriptions.dto.js';

export function toAccountRef(account: BusinessAccountEntity | null): AccountRefResponseDto | null {
  return account ? { id: account.id, companyName: account.companyName, supportCode: account.supportCode } : null;
}

/** The customer's view of an order, and who performed it. */
function toOperatorOrder(o: SubscriptionOrderEntity): OperatorOrderResponseDto {
  return { ...toOrderResponse(o), performedBy: o.performedBy };
}

/** Everything an operator sees about one subscription, keys in full. */
@Injectable()
export class OperatorSubscriptionView {
  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly keys: LicenseKeysRepository,
    private readonly accounts: OperatorAccountsRepository,
    private readonly vault: KeyVault,
  ) {}

  async load(m: EntityManager, subscriptionId: string, today: string): Promise<OperatorSubscriptionResponseDto> {
    const s = await this.subscriptions.getAcrossAccounts(subscriptionId, m);
    const [account, orders, keys] = [
      s.accountId ? await this.accounts.find(s.accountId, m) : null,
      await this.subscriptions.orders(s.id, m),
      await this.keys.withUsageAcrossAccounts(s.id, m),
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
      licenseKeys: keys.map((k) => toLicenseKeyResponse(k, s.endsOn, today, this.vault, true)),
      createdAt: s.createdAt.toISOString(),
    };
  }
}
