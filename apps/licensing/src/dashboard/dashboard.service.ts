import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { keyEndsOnSql, usableSql, utcToday } from '#common';
import { AccountSettingsEntity, BusinessAccountEntity, ProductSupportContactEntity } from '#database';
import { MdmService } from '../mdm/mdm.service.js';
import type { DashboardResponseDto } from './dashboard.dto.js';

interface ProductFigures {
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

@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mdm: MdmService,
  ) {}

  async dashboard(accountId: string): Promise<DashboardResponseDto> {
    const today = utcToday();
    const [account, settings, figures, contacts] = await Promise.all([
      this.dataSource.getRepository(BusinessAccountEntity).findOneByOrFail({ id: accountId }),
      this.dataSource.getRepository(AccountSettingsEntity).findOneBy({ accountId }),
      this.dataSource.query(
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
        [accountId, today],
      ) as Promise<ProductFigures[]>,
      this.dataSource.getRepository(ProductSupportContactEntity).find(),
    ]);
    const offline = settings?.offlineOperationsEnabled ?? false;
    const base = `/accounts/${accountId}`;
    const mdmSigning = await this.mdm.availability(accountId);
    return {
      accountId,
      supportCode: account.supportCode,
      mdmSigning,
      products: figures.map((f) => ({
        product: { id: f.id, code: f.code, name: f.name },
        licensedComputers: f.licensed,
        activeSubscriptions: f.active,
        allSubscriptions: f.all,
        registeredProxyServers: f.proxies,
        offlineOperationsEnabled: offline,
        links: {
          subscriptions: `${base}/subscriptions?productId=${f.id}&status=active`,
          downloads: `${base}/products/${f.id}/downloads`,
          support: `${base}/support`,
          supportPage: contacts.find((c) => c.productId === f.id)?.url ?? null,
          proxyServers: `${base}/installations`,
          offlineOperations: offline ? `${base}/offline` : null,
          mdmPushCertificate: `${base}/mdm/push-certificate-requests`,
        },
      })),
    };
  }
}
