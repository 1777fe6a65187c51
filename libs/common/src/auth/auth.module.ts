import { DynamicModule, Global, Module } from '@nestjs/common';
import { AccountAccessGuard, OperatorGuard, UserAuthGuard } from './guards.js';
import { AUTH_SETTINGS, TokenVerifier, type AuthSettings } from './token-verifier.js';

/** Access-token verification and the guards, for every service. Needs DatabaseModule and RedisModule. */
@Global()
@Module({})
export class AuthModule {
  static forRoot(settings: AuthSettings): DynamicModule {
    return {
      module: AuthModule,
      providers: [{ provide: AUTH_SETTINGS, useValue: settings }, TokenVerifier, UserAuthGuard, OperatorGuard, AccountAccessGuard],
      exports: [AUTH_SETTINGS, TokenVerifier, UserAuthGuard, OperatorGuard, AccountAccessGuard],
    };
  }
}
