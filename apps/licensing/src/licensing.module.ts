import { DynamicModule, Module } from '@nestjs/common';
import { serviceFoundation } from '#messaging';
import { CatalogueService } from './catalogue/catalogue.service.js';
import { DownloadsRepository } from './catalogue/downloads.repository.js';
import { ProductsRepository } from './catalogue/products.repository.js';
import { SupportRepository } from './catalogue/support.repository.js';
import { CustomerCatalogueController } from './catalogue/customer-catalogue.controller.js';
import { OperatorCatalogueController } from './catalogue/operator-catalogue.controller.js';
import { LICENSING_CONFIG, type LicensingConfig } from './config.js';
import { DashboardController } from './dashboard/dashboard.controller.js';
import { OperatorSubscriptionListService } from './operator/operator-subscription-list.service.js';
import { KeyRegistrationLimiter } from './registration/key-registration-limiter.js';
import { DashboardRepository } from './dashboard/dashboard.repository.js';
import { DashboardService } from './dashboard/dashboard.service.js';
import { KeyVault } from './keys/key-vault.js';
import { OperatorAccountsController } from './operator/operator-accounts.controller.js';
import { OperatorAccountsRepository } from './operator/operator-accounts.repository.js';
import { OperatorAccountsService } from './operator/operator-accounts.service.js';
import { OperatorSubscriptionView } from './operator/operator-view.js';
import { OperatorSubscriptionsController } from './operator/operator-subscriptions.controller.js';
import { OperatorSubscriptionsService } from './operator/operator-subscriptions.service.js';
import { RegistrationController } from './registration/registration.controller.js';
import { RegistrationService } from './registration/registration.service.js';
import { LicenseKeysRepository } from './shared/license-keys.repository.js';
import { MembershipsRepository } from './shared/memberships.repository.js';
import { SubscriptionsRepository } from './shared/subscriptions.repository.js';
import { SublicensesController } from './sublicenses/sublicenses.controller.js';
import { SublicensesService } from './sublicenses/sublicenses.service.js';
import { SubscriptionsController } from './subscriptions/subscriptions.controller.js';
import { SubscriptionsService } from './subscriptions/subscriptions.service.js';
import { mdmHealthChecks } from './mdm/mdm.health.js';
import { MdmModule } from './mdm/mdm.module.js';

@Module({})
export class LicensingModule {
  static forRoot(config: LicensingConfig): DynamicModule {
    return {
      module: LicensingModule,
      imports: [
        ...serviceFoundation('licensing', config, { auth: config.auth, healthChecks: { useFactory: () => [...mdmHealthChecks(config.mdm)] } }),
        MdmModule.forRoot(config.mdm),
      ],
      controllers: [
        RegistrationController,
        DashboardController,
        SubscriptionsController,
        SublicensesController,
        CustomerCatalogueController,
        OperatorSubscriptionsController,
        OperatorAccountsController,
        OperatorCatalogueController,
      ],
      providers: [
        { provide: LICENSING_CONFIG, useValue: config },
        KeyVault,
        SubscriptionsRepository,
        LicenseKeysRepository,
        MembershipsRepository,
        ProductsRepository,
        DownloadsRepository,
        SupportRepository,
        DashboardRepository,
        OperatorAccountsRepository,
        OperatorSubscriptionView,
        RegistrationService,
        DashboardService,
        KeyRegistrationLimiter,
        OperatorSubscriptionListService,
        SubscriptionsService,
        SublicensesService,
        CatalogueService,
        OperatorSubscriptionsService,
        OperatorAccountsService,
      ],
    };
  }
}
