import { DynamicModule, Module, Provider } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller.js';
import { HEALTH_EXTRA_CHECKS, type ExtraHealthCheck } from './health.tokens.js';

@Module({})
export class HealthModule {
  /** `extraChecks` is a provider resolving to ExtraHealthCheck[]; none by default. */
  static forRoot(extraChecks?: Omit<Provider, 'provide'> & Record<string, unknown>): DynamicModule {
    const provider: Provider = extraChecks
      ? ({ ...extraChecks, provide: HEALTH_EXTRA_CHECKS } as Provider)
      : { provide: HEALTH_EXTRA_CHECKS, useValue: [] as ExtraHealthCheck[] };
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false, errorLogStyle: 'json', gracefulShutdownTimeoutMs: 0 })],
      controllers: [HealthController],
      providers: [provider],
    };
  }
}
