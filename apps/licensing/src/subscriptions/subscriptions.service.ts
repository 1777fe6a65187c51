import { Injectable } from '@nestjs/common';
import { pageOf, pageResult, utcToday, type AccountScope } from '#common';
import { KeyVault } from '../keys/key-vault.js';
import { LicenseKeysRepository } from '../shared/license-keys.repository.js';
import type { LicenseKeyListResponseDto, SubscriptionDetailsResponseDto } from '../shared/subscription.dto.js';
import { toLicenseKeyResponse, toSubscriptionDetails, toSubscriptionSummary } from '../shared/subscription.mapper.js';
import { SubscriptionsRepository } from '../shared/subscriptions.repository.js';
import type { LicenseKeyListQueryDto, ListSubscriptionsQueryDto, SubscriptionListResponseDto } from './subscriptions.dto.js';

/** The customer's view of the account's subscriptions. Every query takes the account's scope. */
@Injectable()
export class SubscriptionsService {
  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly keys: LicenseKeysRepository,
    private readonly vault: KeyVault,
  ) {}

  async list(accountId: AccountScope, query: ListSubscriptionsQueryDto): Promise<SubscriptionListResponseDto> {
    const today = utcToday();
    const page = pageOf(query);
    const [{ rows, total }, counts] = await Promise.all([
      this.subscriptions.page(accountId, query, today, page),
      this.subscriptions.counts(accountId, query.productId, today),
    ]);
    return {
      ...pageResult(
        page,
        rows.map((s) => toSubscriptionSummary(s, today)),
        total,
      ),
      counts,
    };
  }

  async details(accountId: AccountScope, subscriptionId: string): Promise<SubscriptionDetailsResponseDto> {
    const subscription = await this.subscriptions.get(accountId, subscriptionId);
    const orders = await this.subscriptions.orders(subscription.id);
    return toSubscriptionDetails(subscription, orders, utcToday());
  }

  async rename(accountId: AccountScope, subscriptionId: string, name: string): Promise<SubscriptionDetailsResponseDto> {
    const subscription = await this.subscriptions.get(accountId, subscriptionId);
    await this.subscriptions.rename(accountId, subscription.id, name);
    return this.details(accountId, subscriptionId);
  }

  /** One page of the subscription's keys, sorted by a column or in the default order (the primary first). */
  async licenseKeys(accountId: AccountScope, subscriptionId: string, showFullKeys: boolean, query: LicenseKeyListQueryDto): Promise<LicenseKeyListResponseDto> {
    const subscription = await this.subscriptions.get(accountId, subscriptionId);
    const page = pageOf(query);
    const { rows, total } = await this.keys.pageWithUsage(accountId, subscription.id, query, page);
    const today = utcToday();
    return pageResult(
      page,
      rows.map((k) => toLicenseKeyResponse(k, subscription.endsOn, today, this.vault, showFullKeys)),
      total,
    );
  }
}
