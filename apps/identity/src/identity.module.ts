import { DynamicModule, Module } from '@nestjs/common';
import { createPublicKey } from 'node:crypto';
import { AuthModule, HealthModule, loggerModule, RedisModule } from '#common';
import { DatabaseModule } from '#database';
import { OutboxRelayModule } from '#messaging';
import { AuthController } from './auth/auth.controller.js';
import { AuthService } from './auth/auth.service.js';
import { PasswordHasher } from './auth/password-hasher.js';
import { TokenService } from './auth/token.service.js';
import { IDENTITY_CONFIG, type IdentityConfig } from './config.js';

@Module({})
export class IdentityModule {
  static forRoot(config: IdentityConfig): DynamicModule {
    return {
      module: IdentityModule,
      imports: [
        loggerModule('identity', config.logLevel),
        DatabaseModule.forRoot({ ...config.database, applicationName: 'identity' }),
        RedisModule.forRoot(config.redis.url, 'identity'),
        HealthModule.forRoot(),
        AuthModule.forRoot({
          publicKeyPem: createPublicKey(config.auth.privateKeyPem).export({ type: 'spki', format: 'pem' }).toString(),
          issuer: config.auth.issuer,
          revocationPrefix: config.redis.prefix,
        }),
        OutboxRelayModule.forRoot({
          databaseUrl: config.database.url,
          queuePrefix: config.redis.prefix,
          pollIntervalMs: 1000,
          batchSize: 100,
          publishTimeoutMs: 5000,
        }),
      ],
      controllers: [AuthController],
      providers: [{ provide: IDENTITY_CONFIG, useValue: config }, PasswordHasher, TokenService, AuthService],
    };
  }
}
