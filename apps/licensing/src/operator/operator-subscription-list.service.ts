import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { pageOf } from '#common';
import { SubscriptionEntity } from '#database';
import { addDays, todayUtc } from '../shared/dates.js';
import { EXPIRING_SOON_DAYS } from '../shared/status.js';
import { toSubscriptionSummary, type SubscriptionWithProduct } from '../shared/subscription.mapper.js';
import { likeEscape } from '../shared/uuid.js';
import type { SubscriptionFilter } from '../subscriptions/subscriptions.dto.js';
import {
  type ListOperatorSubscriptionsQueryDto,
  type OperatorSubscriptionListResponseDto,
  type OperatorSubscriptionSort,
} from './operator-subscription-list.dto.js';
import { toAccountRef } from './operator-view.js';

const SORT_COLUMNS: Record<OperatorSubscriptionSort, string> = {
  endsOn: 's.endsOn',
  startsOn: 's.startsOn',
  createdAt: 's.createdAt',
  name: 's.name',
};

/** The SQL condition of each status filter; `expired` is derived from the end date like everywhere else. */
const STATUS_SQL: Record<Exclude<SubscriptionFilter, 'all'>, string> = {
  active: `s.status = 'active' AND s.endsOn >= :today`,
  expired: `s.status = 'active' AND s.endsOn < :today`,
  suspended: `s.status = 'suspended'`,
  cancelled: `s.status = 'cancelled'`,
};

/** The operators' list of every subscription (all accounts, registered or not). */
@Injectable()
export class OperatorSubscriptionListService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: ListOperatorSubscriptionsQueryDto): Promise<OperatorSubscriptionListResponseDto> {
    const today = todayUtc();
    const { page, pageSize, offset } = pageOf(query);
    const qb = this.filtered(query, today).innerJoinAndSelect('s.product', 'p').leftJoinAndSelect('s.account', 'a');
    const status = query.status ?? 'all';
    if (status !== 'all') qb.andWhere(STATUS_SQL[status], { today });
    const direction = query.order === 'desc' ? 'DESC' : 'ASC';
    qb.orderBy(SORT_COLUMNS[query.sort ?? 'endsOn'], direction).addOrderBy('s.id', direction);
    qb.take(pageSize).skip(offset);
    const [rows, total] = await qb.getManyAndCount();

    const counts = await this.filtered(query, today)
      .select(`count(*)::int`, 'all')
      .addSelect(`(count(*) FILTER (WHERE ${STATUS_SQL.active}))::int`, 'active')
      .addSelect(`(count(*) FILTER (WHERE ${STATUS_SQL.expired}))::int`, 'expired')
      .addSelect(`(count(*) FILTER (WHERE ${STATUS_SQL.suspended}))::int`, 'suspended')
      .addSelect(`(count(*) FILTER (WHERE ${STATUS_SQL.cancelled}))::int`, 'cancelled')
      .setParameter('today', today)
      .getRawOne<OperatorSubscriptionListResponseDto['counts']>();

    return {
      items: rows.map((s) => ({ ...toSubscriptionSummary(s as SubscriptionWithProduct, today), account: toAccountRef(s.account ?? null) })),
      page,
      pageSize,
      total,
      counts: counts ?? { all: 0, active: 0, expired: 0, suspended: 0, cancelled: 0 },
    };
  }

  /** Every filter but the status one (the counts are per status). */
  private filtered(query: ListOperatorSubscriptionsQueryDto, today: string): SelectQueryBuilder<SubscriptionEntity> {
    const qb = this.dataSource.getRepository(SubscriptionEntity).createQueryBuilder('s').where('TRUE');
    if (query.productId) qb.andWhere('s.productId = :productId', { productId: query.productId });
    if (query.accountId) qb.andWhere('s.accountId = :accountId', { accountId: query.accountId });
    if (query.endsFrom) qb.andWhere('s.endsOn >= :endsFrom', { endsFrom: query.endsFrom });
    if (query.endsTo) qb.andWhere('s.endsOn <= :endsTo', { endsTo: query.endsTo });
    if (query.expiringSoon === true) {
      qb.andWhere(`s.status = 'active' AND s.endsOn BETWEEN :soonFrom AND :soonTo`, { soonFrom: today, soonTo: addDays(today, EXPIRING_SOON_DAYS) });
    } else if (query.expiringSoon === false) {
      qb.andWhere(`NOT (s.status = 'active' AND s.endsOn BETWEEN :soonFrom AND :soonTo)`, { soonFrom: today, soonTo: addDays(today, EXPIRING_SOON_DAYS) });
    }
    if (query.search) {
      qb.andWhere(
        `(s.name ILIKE :search ESCAPE '\\' OR EXISTS (SELECT 1 FROM business_accounts sa WHERE sa.id = s.account_id
            AND (sa.company_name ILIKE :search ESCAPE '\\' OR sa.support_code ILIKE :search ESCAPE '\\')))`,
        { search: `%${likeEscape(query.search)}%` },
      );
    }
    return qb;
  }
}
