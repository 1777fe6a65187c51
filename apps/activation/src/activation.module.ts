import { DynamicModule, Module } from '@nestjs/common';
import { serviceFoundation } from '#messaging';
import { ACTIVATION_CONFIG, type ActivationConfig } from './config.js';
import { InstallationsController } from './installations/installations.controller.js';
import { InstallationsService } from './installations/installations.service.js';
import { OperatorInstallationsController } from './operator/operator-installations.controller.js';
import { OfflineController } from './offline/offline.controller.js';
import { OfflineService } from './offline/offline.service.js';
import { LicenseKeysRepository } from './licenses/license-keys.repository.js';
import { InstallationsWriter } from './proxy/installations.writer.js';
import { KeyRateLimiter } from './proxy/key-rate-limiter.js';
import { ProxyAuthGuard } from './proxy/proxy-auth.guard.js';
import { ProxyCallsMetrics } from './proxy/proxy-calls.metrics.js';
import { ProxyProtocolService } from './proxy/proxy-protocol.service.js';
import { ProxyController } from './proxy/proxy.controller.js';
import { DocumentIssuer } from './signing/document-issuer.js';
import { SigningKeys } from './signing/signing-keys.js';
import { UsageReportsService } from './usage/usage-reports.service.js';

@Module({})
export class ActivationModule {
  static forRoot(config: ActivationConfig): DynamicModule {
    return {
      module: ActivationModule,
      imports: [
        ...serviceFoundation('activation', config, { auth: config.auth }),
      ],
      controllers: [ProxyController, InstallationsController, OfflineController, OperatorInstallationsController],
      providers: [
        { provide: ACTIVATION_CONFIG, useValue: config },
        SigningKeys,
        DocumentIssuer,
        LicenseKeysRepository,
        InstallationsWriter,
        KeyRateLimiter,
        ProxyAuthGuard,
        ProxyProtocolService,
        UsageReportsService,
        InstallationsService,
        OfflineService,
        ProxyCallsMetrics,
      ],
    };
  }
}
