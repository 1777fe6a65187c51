import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { keyEndsOnSql, usableSql, type AccountScope } from '#common';
import { AccountSettingsEntity } from '#database';

/** Per product the account holds a subscription of: its licenses, subscriptions and running proxy servers. */
export interface ProductFigures {
  id: string;
  code: string;
  name: string;
  licensed: number;
  active: number;
  all: number;
  proxies: number;
}

const SUBSCRIPTION = { status: 's.status', endsOn: 's.ends_on' };
const KEY = { status: 'ks.status', endsOn: keyEndsOnSql('k.expires_on', 'ks.ends_on') };

/** What the account's dashboard reads. */
@Injectable()
export class DashboardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  settings(scope: AccountScope): Promise<AccountSettingsEntity | null> {
    return this.dataSource.getRepository(AccountSettingsEntity).findOneBy({ accountId: scope });
  }

  /** By product name, as of `today`. */
  productFigures(scope: AccountScope, today: string): Promise<ProductFigures[]> {
    return this.dataSource.query(
      `SELECT p.id, p.code, p.name,
              COALESCE(SUM(s.quantity) FILTER (WHERE ${usableSql(SUBSCRIPTION, '$2::date')}), 0)::int AS licensed,
              (count(*) FILTER (WHERE ${usableSql(SUBSCRIPTION, '$2::date')}))::int AS active,
              count(*)::int AS "all",
              -- Running proxy servers: those told active or over_limit at refresh (not suspended, cancelled or expired).
              (SELECT count(*)::int FROM installations i
                 JOIN license_keys k ON k.id = i.license_key_id
                 JOIN subscriptions ks ON ks.id = k.subscription_id
                WHERE i.account_id = $1 AND i.status = 'active' AND ks.product_id = p.id
                  AND ${usableSql(KEY, '$2::date')}) AS proxies
         FROM subscriptions s JOIN products p ON p.id = s.product_id
        WHERE s.account_id = $1
        GROUP BY p.id ORDER BY p.name`,
      [scope, today],
    );
  }
}
