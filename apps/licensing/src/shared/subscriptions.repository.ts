import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { DomainError, containsPattern, expiringSoonSql, LICENSE_STATES, licenseStateIsSql, sqlDate, type AccountScope, type LicenseState, type PageRequest } from '#common';
import { SubscriptionEntity, SubscriptionOrderEntity, type OrderKind } from '#database';
import { LicensingErrorCode } from '../licensing.errors.js';
import type { SubscriptionWithProduct } from './subscription.mapper.js';

export const subscriptionNotFound = () => new DomainError(LicensingErrorCode.SUBSCRIPTION_NOT_FOUND, 'Subscription not found');

/** What a customer's subscription list filters and sorts by. */
export interface SubscriptionFilter {
  productId?: string;
  search?: string;
  status?: LicenseState | 'all';
  sort?: 'endsOn' | 'startsOn' | 'name';
  order?: 'asc' | 'desc';
}

export type SubscriptionCounts = Record<'all' | LicenseState, number>;

/** What the operators' list of every subscription filters and sorts by. */
export interface OperatorSubscriptionFilter {
  status?: LicenseState | 'all';
  productId?: string;
  accountId?: string;
  endsFrom?: string;
  endsTo?: string;
  expiringSoon?: boolean;
  search?: string;
  sort?: 'endsOn' | 'startsOn' | 'createdAt' | 'name';
  order?: 'asc' | 'desc';
}

const OPERATOR_SORT_COLUMNS: Record<NonNullable<OperatorSubscriptionFilter['sort']>, string> = {
  endsOn: 's.endsOn',
  startsOn: 's.startsOn',
  createdAt: 's.createdAt',
  name: 's.name',
};

const LICENSE = { status: 's.status', endsOn: 's.endsOn' };
/** The SQL condition of a status filter, as of `today`. */
const statusSql = (state: LicenseState, today: string): string => licenseStateIsSql(LICENSE, state, sqlDate(today));

/** A new entry of a subscription's order history. */
export interface OrderFacts {
  kind: OrderKind;
  quantityChange?: number;
  endsOnBefore?: string | null;
  endsOnAfter?: string | null;
  reference?: string | null;
}

export type NewSubscription = Pick<
  SubscriptionEntity,
  | 'accountId'
  | 'productId'
  | 'name'
  | 'quantity'
  | 'startsOn'
  | 'endsOn'
  | 'renewalEnabled'
  | 'isTrial'
  | 'contractNumber'
  | 'salesChannel'
  | 'resellerName'
  | 'contractTerms'
  | 'registeredAt'
>;

/** The raw-SQL columns of a subscription's license state. */
const STORED = { status: 'status', endsOn: 'ends_on' };

/**
 * Subscriptions and their order history. A customer's subscription is found through its account's
 * `AccountScope` (another account's answers 404 exactly like a missing one); operators' and key
 * registration's methods say `AcrossAccounts`.
 */
@Injectable()
export class SubscriptionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A subscription of the account with its product, or 404. With `lock`, the row is locked FOR UPDATE
   * first: every change to a subscription's quantity or keys serialises on it.
   */
  get(scope: AccountScope, id: string, db: EntityManager = this.dataSource.manager, lock = false): Promise<SubscriptionWithProduct> {
    return this.load(db, id, scope, lock);
  }

  /** Any subscription, registered or not, with its product, or 404 (operators; registering a key). */
  getAcrossAccounts(id: string, db: EntityManager = this.dataSource.manager, lock = false): Promise<SubscriptionWithProduct> {
    return this.load(db, id, null, lock);
  }

  private async load(db: EntityManager, id: string, accountId: AccountScope | null, lock: boolean): Promise<SubscriptionWithProduct> {
    if (lock) {
      const locked: unknown[] = await db.query(
        `SELECT id FROM subscriptions WHERE id = $1 AND ($2::uuid IS NULL OR account_id = $2::uuid) FOR UPDATE`,
        [id, accountId],
      );
      if (locked.length === 0) throw subscriptionNotFound();
    }
    const subscription = await db.findOne(SubscriptionEntity, {
      where: accountId === null ? { id } : { id, accountId },
      relations: { product: true },
    });
    if (!subscription?.product) throw subscriptionNotFound();
    return subscription as SubscriptionWithProduct;
  }

  orders(subscriptionId: string, db: EntityManager = this.dataSource.manager): Promise<SubscriptionOrderEntity[]> {
    return db.find(SubscriptionOrderEntity, { where: { subscriptionId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** One page of the account's subscriptions, as of `today`. */
  async page(scope: AccountScope, filter: SubscriptionFilter, today: string, page: PageRequest): Promise<{ rows: SubscriptionWithProduct[]; total: number }> {
    const qb = this.dataSource
      .getRepository(SubscriptionEntity)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.product', 'p')
      .where('s.accountId = :accountId', { accountId: scope });
    if (filter.productId) qb.andWhere('s.productId = :productId', { productId: filter.productId });
    if (filter.search) qb.andWhere(`s.name ILIKE :search ESCAPE '\\'`, { search: containsPattern(filter.search) });
    const status = filter.status ?? 'all';
    if (status !== 'all') qb.andWhere(licenseStateIsSql({ status: 's.status', endsOn: 's.endsOn' }, status, sqlDate(today)));
    const direction = filter.order === 'desc' ? 'DESC' : 'ASC';
    const column = { endsOn: 's.endsOn', startsOn: 's.startsOn', name: 's.name' }[filter.sort ?? 'endsOn'];
    qb.orderBy(column, direction);
    if (column !== 's.name') qb.addOrderBy('s.name', 'ASC');
    qb.addOrderBy('s.id', 'ASC');
    qb.take(page.pageSize).skip(page.offset);
    const [rows, total] = await qb.getManyAndCount();
    return { rows: rows as SubscriptionWithProduct[], total };
  }

  /** The account's subscriptions per license state, as of `today` (of one product if given). */
  async counts(scope: AccountScope, productId: string | undefined, today: string): Promise<SubscriptionCounts> {
    const [counts]: SubscriptionCounts[] = await this.dataSource.query(
      `SELECT count(*)::int AS "all",
              ${LICENSE_STATES.map((state) => `count(*) FILTER (WHERE ${licenseStateIsSql(STORED, state, sqlDate(today))})::int AS ${state}`).join(',\n              ')}
         FROM subscriptions WHERE account_id = $1 AND ($2::uuid IS NULL OR product_id = $2::uuid)`,
      [scope, productId ?? null],
    );
    return counts ?? { all: 0, active: 0, expired: 0, suspended: 0, cancelled: 0 };
  }

  /** One page of every subscription (all accounts, registered or not) with its product and account, as of `today`. */
  async pageAcrossAccounts(filter: OperatorSubscriptionFilter, today: string, page: PageRequest): Promise<{ rows: SubscriptionWithProduct[]; total: number }> {
    const qb = this.filteredAcrossAccounts(filter, today).innerJoinAndSelect('s.product', 'p').leftJoinAndSelect('s.account', 'a');
    const status = filter.status ?? 'all';
    if (status !== 'all') qb.andWhere(statusSql(status, today));
    const direction = filter.order === 'desc' ? 'DESC' : 'ASC';
    qb.orderBy(OPERATOR_SORT_COLUMNS[filter.sort ?? 'endsOn'], direction).addOrderBy('s.id', direction);
    qb.take(page.pageSize).skip(page.offset);
    const [rows, total] = await qb.getManyAndCount();
    return { rows: rows as SubscriptionWithProduct[], total };
  }

  /** Per license state, under every filter but the status one. */
  async countsAcrossAccounts(filter: OperatorSubscriptionFilter, today: string): Promise<SubscriptionCounts> {
    const qb = this.filteredAcrossAccounts(filter, today).select(`count(*)::int`, 'all');
    for (const state of LICENSE_STATES) qb.addSelect(`(count(*) FILTER (WHERE ${statusSql(state, today)}))::int`, state);
    return (await qb.getRawOne<SubscriptionCounts>()) ?? { all: 0, active: 0, expired: 0, suspended: 0, cancelled: 0 };
  }

  private filteredAcrossAccounts(filter: OperatorSubscriptionFilter, today: string): SelectQueryBuilder<SubscriptionEntity> {
    const qb = this.dataSource.getRepository(SubscriptionEntity).createQueryBuilder('s').where('TRUE');
    if (filter.productId) qb.andWhere('s.productId = :productId', { productId: filter.productId });
    if (filter.accountId) qb.andWhere('s.accountId = :accountId', { accountId: filter.accountId });
    if (filter.endsFrom) qb.andWhere('s.endsOn >= :endsFrom', { endsFrom: filter.endsFrom });
    if (filter.endsTo) qb.andWhere('s.endsOn <= :endsTo', { endsTo: filter.endsTo });
    if (filter.expiringSoon === true) {
      qb.andWhere(expiringSoonSql(LICENSE, sqlDate(today)));
    } else if (filter.expiringSoon === false) {
      qb.andWhere(`NOT ${expiringSoonSql(LICENSE, sqlDate(today))}`);
    }
    if (filter.search) {
      qb.andWhere(
        `(s.name ILIKE :search ESCAPE '\\' OR EXISTS (SELECT 1 FROM business_accounts sa WHERE sa.id = s.account_id
            AND (sa.company_name ILIKE :search ESCAPE '\\' OR sa.support_code ILIKE :search ESCAPE '\\')))`,
        { search: containsPattern(filter.search) },
      );
    }
    return qb;
  }

  async rename(scope: AccountScope, id: string, name: string): Promise<void> {
    await this.dataSource.getRepository(SubscriptionEntity).update({ id, accountId: scope }, { name });
  }

  async insert(subscription: NewSubscription, db: EntityManager): Promise<SubscriptionEntity> {
    return db.save(db.create(SubscriptionEntity, { ...subscription, status: 'active' }));
  }

  /** An operator's change to any subscription (run under its lock). */
  async updateAcrossAccounts(
    id: string,
    changes: Partial<Pick<SubscriptionEntity, 'name' | 'renewalEnabled' | 'contractNumber' | 'salesChannel' | 'resellerName' | 'contractTerms' | 'quantity' | 'endsOn' | 'status'>>,
    db: EntityManager,
  ): Promise<void> {
    await db.update(SubscriptionEntity, { id }, changes);
  }

  /** Binds an unregistered subscription to the account its key is registered into (run under its lock; the caller is its admin). */
  async register(id: string, accountId: string, db: EntityManager): Promise<void> {
    await db.update(SubscriptionEntity, { id, accountId: IsNull() }, { accountId, registeredAt: new Date() });
  }

  async appendOrder(subscriptionId: string, performedBy: string, facts: OrderFacts, db: EntityManager): Promise<void> {
    await db.save(
      db.create(SubscriptionOrderEntity, {
        subscriptionId,
        kind: facts.kind,
        quantityChange: facts.quantityChange ?? 0,
        endsOnBefore: facts.endsOnBefore ?? null,
        endsOnAfter: facts.endsOnAfter ?? null,
        reference: facts.reference ?? null,
        performedBy,
      }),
    );
  }
}
