import { Injectable } from '@nestjs/common';
import { containsPattern, LICENSE_STATES, licenseStateIsSql, pageOf, pageResult, pageSlice, sqlDate, utcToday } from '#common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SubscriptionEntity } from '#database';
import { KeyVault } from '../keys/key-vault.js';
import { loadKeysWithUsage } from '../shared/license-keys.repository.js';
import type { LicenseKeyListResponseDto, SubscriptionDetailsResponseDto } from '../shared/subscription.dto.js';
import { toLicenseKeyResponse, toSubscriptionDetails, toSubscriptionSummary, type SubscriptionWithProduct } from '../shared/subscription.mapper.js';
import { findSubscription, loadOrders } from '../shared/subscriptions.repository.js';
import type { LicenseKeyListQueryDto, ListSubscriptionsQueryDto, SubscriptionListResponseDto } from './subscriptions.dto.js';

/** The customer's view of the account's subscriptions. Every query is scoped by the account id. */
/** The raw-SQL columns of a subscription's license state. */
const STORED = { status: 'status', endsOn: 'ends_on' };

@Injectable()
export class SubscriptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vault: KeyVault,
  ) {}

  async list(accountId: string, query: ListSubscriptionsQueryDto): Promise<SubscriptionListResponseDto> {
    const today = utcToday();
    const qb = this.dataSource
      .getRepository(SubscriptionEntity)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.product', 'p')
      .where('s.accountId = :accountId', { accountId });
    if (query.productId) qb.andWhere('s.productId = :productId', { productId: query.productId });
    if (query.search) qb.andWhere(`s.name ILIKE :search ESCAPE '\\'`, { search: containsPattern(query.search) });
    const status = query.status ?? 'all';
    if (status !== 'all') qb.andWhere(licenseStateIsSql({ status: 's.status', endsOn: 's.endsOn' }, status, sqlDate(today)));
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
              ${LICENSE_STATES.map((state) => `count(*) FILTER (WHERE ${licenseStateIsSql(STORED, state, sqlDate(today))})::int AS ${state}`).join(',\n              ')}
         FROM subscriptions WHERE account_id = $1 AND ($2::uuid IS NULL OR product_id = $2::uuid)`,
      [accountId, query.productId ?? null],
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
    return toSubscriptionDetails(subscription, orders, utcToday());
  }

  async rename(accountId: string, subscriptionId: string, name: string): Promise<SubscriptionDetailsResponseDto> {
    const subscription = await findSubscription(this.dataSource.manager, subscriptionId, accountId);
    await this.dataSource.getRepository(SubscriptionEntity).update({ id: subscription.id, accountId }, { name });
    return this.details(accountId, subscriptionId);
  }

  async licenseKeys(accountId: string, subscriptionId: string, showFullKeys: boolean, query: LicenseKeyListQueryDto): Promise<LicenseKeyListResponseDto> {
    const subscription = await findSubscription(this.dataSource.manager, subscriptionId, accountId);
    const keys = await loadKeysWithUsage(this.dataSource.manager, subscription.id);
    const today = utcToday();
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
