import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { keyEndsOnSql, type AccountScope, type PageRequest, type SortOrder } from '#common';
import { LicenseKeyEntity, type LicenseKeyKind } from '#database';

/** A key with its usage: the active installation using it (at most one, by a partial unique index). */
export interface KeyWithUsage {
  id: string;
  kind: LicenseKeyKind;
  name: string;
  quota: number;
  renewsWithSubscription: boolean;
  expiresOn: string | null;
  keyCiphertext: string;
  keyLast: string;
  createdAt: Date;
  used: number;
  installationId: string | null;
  serverName: string | null;
}

/** The columns a key list sorts by, as the API names them. */
export type KeySortColumn = 'name' | 'keyKind' | 'quota' | 'used' | 'vacant' | 'expiresOn';

/** A sublicense's own facts, as its admin sets them. */
export type SublicenseFields = Pick<LicenseKeyEntity, 'name' | 'quota' | 'renewsWithSubscription' | 'expiresOn'>;

/** The issued secret of a new key: its hash, its ciphertext, its last characters. */
export type IssuedKey = Pick<LicenseKeyEntity, 'keyHash' | 'keyCiphertext' | 'keyLast'>;

const USED = `COALESCE(i.managed_computers, 0)`;

/** Sort expressions; text in code-point order, as the portal compares it. */
const SORT_SQL: Record<KeySortColumn, string> = {
  name: `k.name COLLATE "C"`,
  keyKind: `k.kind::text COLLATE "C"`,
  quota: `k.quota`,
  used: USED,
  vacant: `GREATEST(k.quota - ${USED}, 0)`,
  // What the API answers as expiresOn: the key's own date, never after the subscription's end.
  expiresOn: keyEndsOnSql(`CASE WHEN k.renews_with_subscription THEN NULL ELSE k.expires_on END`, 's.ends_on'),
};

/** The primary key first, then the sublicenses by creation. */
const DEFAULT_ORDER = [`(k.kind = 'primary') DESC`, 'k.created_at', 'k.id'];

const KEY_COLUMNS = `k.id, k.kind, k.name, k.quota, k.renews_with_subscription, to_char(k.expires_on, 'YYYY-MM-DD') AS expires_on,
            k.key_ciphertext, k.key_last, k.created_at, i.id AS installation_id, i.server_name, ${USED} AS used`;

const KEYS_OF_SUBSCRIPTION = `
       FROM license_keys k
       JOIN subscriptions s ON s.id = k.subscription_id
       LEFT JOIN installations i ON i.license_key_id = k.id AND i.status = 'active'
      WHERE k.subscription_id = $1`;

/** Keys answer only through their subscription's account: `s.account_id = $2` where a scope is given. */
const IN_ACCOUNT = `s.account_id = $2`;

function toKey(r: Record<string, unknown>): KeyWithUsage {
  return {
    id: r.id as string,
    kind: r.kind as LicenseKeyKind,
    name: r.name as string,
    quota: Number(r.quota),
    renewsWithSubscription: r.renews_with_subscription as boolean,
    expiresOn: (r.expires_on as string | null) ?? null,
    keyCiphertext: r.key_ciphertext as string,
    keyLast: r.key_last as string,
    createdAt: r.created_at as Date,
    used: Number(r.used),
    installationId: (r.installation_id as string | null) ?? null,
    serverName: (r.server_name as string | null) ?? null,
  };
}

/**
 * License keys of subscriptions. A customer reaches keys only through an account's subscription (every
 * such method takes the `AccountScope`); operators' methods say `AcrossAccounts`; a key's secret finds
 * its key wherever it is.
 */
@Injectable()
export class LicenseKeysRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every key of a subscription of the account with its usage, the primary first. */
  async withUsage(scope: AccountScope, subscriptionId: string, db: EntityManager = this.dataSource.manager): Promise<KeyWithUsage[]> {
    const rows: Array<Record<string, unknown>> = await db.query(
      `SELECT ${KEY_COLUMNS} ${KEYS_OF_SUBSCRIPTION} AND ${IN_ACCOUNT} ORDER BY ${DEFAULT_ORDER.join(', ')}`,
      [subscriptionId, scope],
    );
    return rows.map(toKey);
  }

  /** Every key of any subscription with its usage, the primary first (the back office). */
  async withUsageAcrossAccounts(subscriptionId: string, db: EntityManager = this.dataSource.manager): Promise<KeyWithUsage[]> {
    const rows: Array<Record<string, unknown>> = await db.query(`SELECT ${KEY_COLUMNS} ${KEYS_OF_SUBSCRIPTION} ORDER BY ${DEFAULT_ORDER.join(', ')}`, [
      subscriptionId,
    ]);
    return rows.map(toKey);
  }

  /**
   * One page of a subscription's keys. Sorted by `sort` (ties keep the default order), or in the
   * default order, reversed by `order=desc`.
   */
  async pageWithUsage(
    scope: AccountScope,
    subscriptionId: string,
    sorting: { sort?: KeySortColumn; order?: SortOrder },
    page: PageRequest,
  ): Promise<{ rows: KeyWithUsage[]; total: number }> {
    const direction = sorting.order === 'desc' ? 'DESC' : 'ASC';
    const orderBy = sorting.sort
      ? [`${SORT_SQL[sorting.sort]} ${direction}`, ...DEFAULT_ORDER]
      : direction === 'DESC'
        ? [`(k.kind = 'primary') ASC`, 'k.created_at DESC', 'k.id DESC']
        : DEFAULT_ORDER;
    const [rows, counted]: [Array<Record<string, unknown>>, Array<{ total: number }>] = await Promise.all([
      this.dataSource.query(`SELECT ${KEY_COLUMNS} ${KEYS_OF_SUBSCRIPTION} AND ${IN_ACCOUNT} ORDER BY ${orderBy.join(', ')} LIMIT $3 OFFSET $4`, [
        subscriptionId,
        scope,
        page.pageSize,
        page.offset,
      ]),
      this.dataSource.query(`SELECT count(*)::int AS total FROM license_keys k JOIN subscriptions s ON s.id = k.subscription_id WHERE k.subscription_id = $1 AND ${IN_ACCOUNT}`, [
        subscriptionId,
        scope,
      ]),
    ]);
    return { rows: rows.map(toKey), total: counted[0]?.total ?? 0 };
  }

  /** Keeps the invariant: primary quota = quantity - sum of sublicense quotas. Run under the subscription lock. */
  async recomputePrimaryQuota(subscriptionId: string, db: EntityManager): Promise<void> {
    await db.query(
      `UPDATE license_keys
          SET quota = (SELECT s.quantity FROM subscriptions s WHERE s.id = $1)
                    - (SELECT COALESCE(SUM(r.quota), 0) FROM license_keys r WHERE r.subscription_id = $1 AND r.kind = 'reserved'),
              updated_at = now()
        WHERE subscription_id = $1 AND kind = 'primary'`,
      [subscriptionId],
    );
  }

  /**
   * Locks a sublicense row of the account's subscription. It waits out an activation that is inserting
   * an installation for it (that insert's foreign-key check holds a share lock on the key).
   */
  async lockSublicense(scope: AccountScope, subscriptionId: string, keyId: string, db: EntityManager): Promise<void> {
    await db.query(
      `SELECT k.id FROM license_keys k JOIN subscriptions s ON s.id = k.subscription_id
        WHERE k.id = $3 AND k.subscription_id = $1 AND ${IN_ACCOUNT} AND k.kind = 'reserved' FOR UPDATE OF k`,
      [subscriptionId, scope, keyId],
    );
  }

  /** A new sublicense of the account's subscription; its id (undefined if the subscription is not the account's). */
  async insertSublicense(scope: AccountScope, subscriptionId: string, fields: SublicenseFields, issued: IssuedKey, db: EntityManager): Promise<string | undefined> {
    const [row]: Array<{ id: string }> = await db.query(
      `INSERT INTO license_keys (subscription_id, kind, name, quota, renews_with_subscription, expires_on, key_hash, key_ciphertext, key_last)
       SELECT s.id, 'reserved', $3, $4, $5, $6, $7, $8, $9 FROM subscriptions s WHERE s.id = $1 AND ${IN_ACCOUNT}
       RETURNING id`,
      [subscriptionId, scope, fields.name, fields.quota, fields.renewsWithSubscription, fields.expiresOn, issued.keyHash, issued.keyCiphertext, issued.keyLast],
    );
    return row?.id;
  }

  async updateSublicense(scope: AccountScope, subscriptionId: string, keyId: string, fields: SublicenseFields, db: EntityManager): Promise<void> {
    await db.query(
      `UPDATE license_keys k SET name = $4, quota = $5, renews_with_subscription = $6, expires_on = $7, updated_at = now()
         FROM subscriptions s
        WHERE k.id = $3 AND k.subscription_id = $1 AND k.kind = 'reserved' AND s.id = k.subscription_id AND ${IN_ACCOUNT}`,
      [subscriptionId, scope, keyId, fields.name, fields.quota, fields.renewsWithSubscription, fields.expiresOn],
    );
  }

  async deleteSublicense(scope: AccountScope, subscriptionId: string, keyId: string, db: EntityManager): Promise<void> {
    await db.query(
      `DELETE FROM license_keys k USING subscriptions s
        WHERE k.id = $3 AND k.subscription_id = $1 AND k.kind = 'reserved' AND s.id = k.subscription_id AND ${IN_ACCOUNT}`,
      [subscriptionId, scope, keyId],
    );
  }

  /** The primary key of a subscription an operator just created. */
  async insertPrimary(subscriptionId: string, quota: number, issued: IssuedKey, db: EntityManager): Promise<void> {
    await db.save(
      db.create(LicenseKeyEntity, {
        subscriptionId,
        kind: 'primary',
        name: 'Primary Key',
        quota,
        renewsWithSubscription: true,
        expiresOn: null,
        ...issued,
      }),
    );
  }

  /** The key with this secret (its HMAC), whichever subscription and account it is of. */
  findByKeyHash(keyHash: string, db: EntityManager = this.dataSource.manager): Promise<Pick<LicenseKeyEntity, 'id' | 'kind' | 'name' | 'subscriptionId'> | null> {
    return db.findOne(LicenseKeyEntity, { where: { keyHash }, select: { id: true, kind: true, name: true, subscriptionId: true } });
  }
}
