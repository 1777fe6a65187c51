import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule, HealthModule, loggerModule, RedisModule } from '#common';
import { DatabaseModule } from '#database';
import { LICENSING_CONFIG, type LicensingConfig } from './config.js';

@Module({})
export class LicensingModule {
  static forRoot(config: LicensingConfig): DynamicModule {
    return {
      module: LicensingModule,
      imports: [
        loggerModule('licensing', config.logLevel),
        DatabaseModule.forRoot({ ...config.database, applicationName: 'licensing' }),
        RedisModule.forRoot(config.redis.url, 'licensing'),
        HealthModule.forRoot(),
        AuthModule.forRoot({ ...config.auth, revocationPrefix: config.redis.prefix }),
      ],
      providers: [{ provide: LICENSING_CONFIG, useValue: config }],
    };
  }
}
