import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule, HealthModule, loggerModule, RedisModule } from '#common';
import { DatabaseModule } from '#database';
import { ACTIVATION_CONFIG, type ActivationConfig } from './config.js';

@Module({})
export class ActivationModule {
  static forRoot(config: ActivationConfig): DynamicModule {
    return {
      module: ActivationModule,
      imports: [
        loggerModule('activation', config.logLevel),
        DatabaseModule.forRoot({ ...config.database, applicationName: 'activation' }),
        RedisModule.forRoot(config.redis.url, 'activation'),
        HealthModule.forRoot(),
        AuthModule.forRoot({ ...config.auth, revocationPrefix: config.redis.prefix }),
      ],
      providers: [{ provide: ACTIVATION_CONFIG, useValue: config }],
    };
  }
}
