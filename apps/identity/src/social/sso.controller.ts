import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Inject, Put, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AccountAccess, CurrentAccount, CurrentUser, ErrorResponseDto, OperatorAuth, type AccountContext, type AuthenticatedUser } from '#common';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config.js';
import { SessionsRepository } from '../sessions/sessions.repository.js';
import { publicOrigin } from './social-cookie.js';
import { OperatorSsoAccountListResponseDto, OperatorSsoQueryDto, PutSsoConfigRequestDto, SsoConfigResponseDto } from './social.dto.js';
import { CALLBACK_PATH } from './social.service.js';
import { SsoService } from './sso.service.js';

@ApiTags('single sign-on')
@Controller()
export class SsoController {
  constructor(
    private readonly sso: SsoService,
    private readonly sessions: SessionsRepository,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {}

  private redirectUri(request: FastifyRequest): string {
    return `${publicOrigin(request, this.config)}${CALLBACK_PATH}`;
  }

  @Get('accounts/:accountId/sso')
  @AccountAccess('admin')
  @ApiOperation({ summary: "The account's single sign-on (admins)", description: 'The client secret is never answered, only whether one is stored.' })
  @ApiOkResponse({ type: SsoConfigResponseDto })
  getAccountSso(@CurrentAccount() account: AccountContext, @Req() request: FastifyRequest): Promise<SsoConfigResponseDto> {
    return this.sso.get(account.accountId, this.redirectUri(request));
  }

  @Put('accounts/:accountId/sso')
  @AccountAccess('admin')
  @ApiOperation({
    summary: "Connect the account's own OpenID Connect provider (admins)",
    description:
      "Issuer, client id and secret (stored encrypted, never answered or logged), the email domains that may sign in, and whether members must sign in through it to act on this account (their other accounts are unaffected). The issuer's discovery document must answer. Register the answered `redirectUri` at the provider.",
  })
  @ApiOkResponse({ type: SsoConfigResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED (clientSecret missing the first time, a bad domain, ...)' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'SSO_SESSION_REQUIRED (to require it, sign in through it first)' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: 'SSO_ISSUER_UNREACHABLE' })
  async putAccountSso(
    @CurrentAccount() account: AccountContext,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: PutSsoConfigRequestDto,
    @Req() request: FastifyRequest,
  ): Promise<SsoConfigResponseDto> {
    const sessionSsoAccountId = user.sessionId ? await this.sessions.ssoAccountOf(user.sessionId) : null;
    return this.sso.put(account.accountId, body, sessionSsoAccountId, this.redirectUri(request));
  }

  @Delete('accounts/:accountId/sso')
  @AccountAccess('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Disconnect the account's single sign-on (admins)", description: 'Members sign in as before; identities linked through it stop working.' })
  @ApiNoContentResponse({ description: 'Disconnected' })
  async deleteAccountSso(@CurrentAccount() account: AccountContext): Promise<void> {
    await this.sso.remove(account.accountId);
  }

  @Get('operator/sso-accounts')
  @OperatorAuth()
  @ApiOperation({ summary: 'Business accounts with single sign-on (operators)', description: 'Which accounts have connected their provider, and which require it; paged.' })
  @ApiOkResponse({ type: OperatorSsoAccountListResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  listSsoAccountsForOperators(@Query() query: OperatorSsoQueryDto): Promise<OperatorSsoAccountListResponseDto> {
    return this.sso.listForOperators(query);
  }
}
