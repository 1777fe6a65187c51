import { DynamicModule, Module } from '@nestjs/common';
import { createPublicKey } from 'node:crypto';
import { serviceFoundation } from '#messaging';
import { AccountsController } from './accounts/accounts.controller.js';
import { AccountsRepository } from './accounts/accounts.repository.js';
import { AccountsService } from './accounts/accounts.service.js';
import { AuthController } from './auth/auth.controller.js';
import { AuthService } from './auth/auth.service.js';
import { PasswordHasher } from './auth/password-hasher.js';
import { PasswordResetService } from './auth/password-reset.service.js';
import { SingleUseTokensRepository } from './auth/single-use-tokens.repository.js';
import { TokenService } from './auth/token.service.js';
import { UsersRepository } from './auth/users.repository.js';
import { CleanupJob } from './cleanup/cleanup.job.js';
import { CleanupRepository } from './cleanup/cleanup.repository.js';
import { CountriesController } from './countries/countries.controller.js';
import { IDENTITY_CONFIG, type IdentityConfig } from './config.js';
import { InvitationAcceptanceController } from './invitations/invitation-acceptance.controller.js';
import { InvitationAcceptanceService } from './invitations/invitation-acceptance.service.js';
import { InvitationsController } from './invitations/invitations.controller.js';
import { InvitationsRepository } from './invitations/invitations.repository.js';
import { InvitationsService } from './invitations/invitations.service.js';
import { EmailChangeController } from './me/email-change.controller.js';
import { EmailChangeService } from './me/email-change.service.js';
import { MeController } from './me/me.controller.js';
import { MeService } from './me/me.service.js';
import { PersonalOverviewService } from './me/overview.service.js';
import { MembersController } from './members/members.controller.js';
import { MembersRepository } from './members/members.repository.js';
import { MembersService } from './members/members.service.js';
import { OperatorsController } from './operators/operators.controller.js';
import { OperatorsRepository } from './operators/operators.repository.js';
import { OperatorsService } from './operators/operators.service.js';
import { RateLimiter } from './rate-limit/rate-limiter.js';
import { SessionService } from './sessions/session.service.js';
import { SessionsRepository } from './sessions/sessions.repository.js';
import { ProviderRegistry } from './social/provider-registry.js';
import { SocialFlowStore } from './social/social-flow.store.js';
import { SocialController } from './social/social.controller.js';
import { SocialService } from './social/social.service.js';
import { SsoController } from './social/sso.controller.js';
import { SsoConfigsRepository } from './social/sso-configs.repository.js';
import { SsoService } from './social/sso.service.js';
import { UserIdentitiesRepository } from './social/user-identities.repository.js';

@Module({})
export class IdentityModule {
  static forRoot(config: IdentityConfig): DynamicModule {
    return {
      module: IdentityModule,
      imports: [
        ...serviceFoundation('identity', config, {
          // Identity signs tokens; it verifies them with the public half of its own key.
          auth: {
            publicKeyPem: createPublicKey(config.auth.privateKeyPem).export({ type: 'spki', format: 'pem' }).toString(),
            issuer: config.auth.issuer,
          },
        }),
      ],
      controllers: [
        AuthController,
        MeController,
        EmailChangeController,
        AccountsController,
        CountriesController,
        MembersController,
        InvitationsController,
        InvitationAcceptanceController,
        OperatorsController,
        SocialController,
        SsoController,
      ],
      providers: [
        { provide: IDENTITY_CONFIG, useValue: config },
        PasswordHasher,
        TokenService,
        RateLimiter,
        UsersRepository,
        SingleUseTokensRepository,
        AccountsRepository,
        MembersRepository,
        InvitationsRepository,
        SessionsRepository,
        SessionService,
        AuthService,
        PasswordResetService,
        MeService,
        EmailChangeService,
        PersonalOverviewService,
        AccountsService,
        MembersService,
        InvitationsService,
        InvitationAcceptanceService,
        OperatorsRepository,
        OperatorsService,
        CleanupRepository,
        CleanupJob,
        SsoConfigsRepository,
        UserIdentitiesRepository,
        ProviderRegistry,
        SocialFlowStore,
        SocialService,
        SsoService,
      ],
    };
  }
}
