import { Injectable } from '@nestjs/common';
import { utcToday, type AccountScope } from '#common';
import { SupportRepository } from '../catalogue/support.repository.js';
import { MdmService } from '../mdm/mdm.service.js';
import { DashboardRepository } from './dashboard.repository.js';
import type { DashboardResponseDto } from './dashboard.dto.js';

@Injectable()
export class DashboardService {
  constructor(
    private readonly repository: DashboardRepository,
    private readonly mdm: MdmService,
    private readonly support: SupportRepository,
  ) {}

  async dashboard(accountId: AccountScope): Promise<DashboardResponseDto> {
    const today = utcToday();
    const [supportCode, settings, figures, contacts] = await Promise.all([
      this.support.supportCode(accountId),
      this.repository.settings(accountId),
      this.repository.productFigures(accountId, today),
      this.support.contacts(),
    ]);
    const offline = settings?.offlineOperationsEnabled ?? false;
    const base = `/accounts/${accountId}`;
    const mdmSigning = await this.mdm.availability(accountId);
    return {
      accountId,
      supportCode,
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
