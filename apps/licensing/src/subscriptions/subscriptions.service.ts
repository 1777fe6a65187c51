import { Injectable } from '@nestjs/common';
import { pageOf, pageResult, pageSlice } from '#common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SubscriptionEntity } from '#database';
import { KeyVault } from '../keys/key-vault.js';
import { loadKeysWithUsage } from '../shared/license-keys.repository.js';
import type { LicenseKeyListResponseDto, SubscriptionDetailsResponseDto } from '../shared/subscription.dto.js';
import { toLicenseKeyResponse, toSubscriptionDetails, toSubscriptionSummary, type SubscriptionWithProduct } from '../shared/subscription.mapper.js';
import { findSubscription, loadOrders } from '../shared/subscriptions.repository.js';
import { todayUtc } from '../shared/dates.js';
import { likeEscape } from '../shared/uuid.js';
import type { LicenseKeyListQueryDto, ListSubscriptionsQueryDto, SubscriptionListResponseDto } from './subscriptions.dto.js';

/** The customer's view of the account's subscriptions. Every query is scoped by the account id. */
@Injectable()
export class SubscriptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vault: KeyVault,
  ) {}

  async list(accountId: string, query: ListSubscriptionsQueryDto): Promise<SubscriptionListResponseDto> {
    const today = todayUtc();
    const qb = this.dataSource
      .getRepository(SubscriptionEntity)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.product', 'p')
      .where('s.accountId = :accountId', { accountId });
    if (query.productId) qb.andWhere('s.productId = :productId', { productId: query.productId });
    if (query.search) qb.andWhere(`s.name ILIKE :search ESCAPE '\\'`, { search: `%${likeEscape(query.search)}%` });
    switch (query.status ?? 'all') {
      case 'active':
        qb.andWhere(`s.status = 'active' AND s.endsOn >= :today`, { today });
        break;
      case 'expired':
        qb.andWhere(`s.status = 'active' AND s.endsOn < :today`, { today });
        break;
      case 'suspended':
        qb.andWhere(`s.status = 'suspended'`);
        break;
      case 'cancelled':
        qb.andWhere(`s.status = 'cancelled'`);
        break;
      case 'all':
        break;
    }
    const direction = query.order === 'desc' ? 'DESC' : 'ASC';
    const column = { endsOn: 's.endsOn', startsOn: 's.startsOn', name: 's.name' }[query.sort ?? 'endsOn'];
    qb.orderBy(column, direction);
    if (column !== 's.name') qb.addOrderBy('s.name', 'ASC');
    qb.addOrderBy('s.id', 'ASC');
    const page = pageOf(query);
    qb.take(page.pageSize).skip(page.offset);
    const [rows, total] = await qb.getManyAndCount();

    const [counts] = (await this.dataSource.query(
      `SELECT count(*)::int AS "all",
              count(*) FILTER (WHERE status = 'active' AND ends_on >= $3)::int AS active,
              count(*) FILTER (WHERE status = 'active' AND ends_on < $3)::int AS expired,
              count(*) FILTER (WHERE status = 'suspended')::int AS suspended,
              count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled
         FROM subscriptions WHERE account_id = $1 AND ($2::uuid IS NULL OR product_id = $2::uuid)`,
      [accountId, query.productId ?? null, today],
    )) as SubscriptionListResponseDto['counts'][];

    return {
      ...pageResult(
        page,
        rows.map((s) => toSubscriptionSummary(s as SubscriptionWithProduct, today)),
        total,
      ),
      counts: counts ?? { all: 0, active: 0, expired: 0, suspended: 0, cancelled: 0 },
    };
  }

  async details(accountId: string, subscriptionId: string): Promise<SubscriptionDetailsResponseDto> {
    const subscription = await findSubscription(this.dataSource.manager, subscriptionId, accountId);
    const orders = await loadOrders(this.dataSource.manager, subscription.id);
    return toSubscriptionDetails(subscription, orders, todayUtc());
  }

  async rename(accountId: string, subscriptionId: string, name: string): Promise<SubscriptionDetailsResponseDto> {
    const subscription = await findSubscription(this.dataSource.manager, subscriptionId, accountId);
    await this.dataSource.getRepository(SubscriptionEntity).update({ id: subscription.id, accountId }, { name });
    return this.details(accountId, subscriptionId);
  }

  async licenseKeys(accountId: string, subscriptionId: string, showFullKeys: boolean, query: LicenseKeyListQueryDto): Promise<LicenseKeyListResponseDto> {
    const subscription = await findSubscription(this.dataSource.manager, subscriptionId, accountId);
    const keys = await loadKeysWithUsage(this.dataSource.manager, subscription.id);
    const today = todayUtc();
    const items = keys.map((k) => toLicenseKeyResponse(k, subscription.endsOn, today, this.vault, showFullKeys));
    if (query.sort) {
      const column = query.sort;
      const direction = query.order === 'desc' ? -1 : 1;
      // Stable: equal values keep the default order (primary first, then by creation).
      items.sort((a, b) => (a[column] < b[column] ? -direction : a[column] > b[column] ? direction : 0));
    } else if (query.order === 'desc') {
      items.reverse();
    }
    return pageSlice(pageOf(query), items);
  }
}
