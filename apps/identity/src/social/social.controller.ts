import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { DomainError, CurrentUser, ErrorResponseDto, idParam, type AuthenticatedUser, UserAuth, CommonErrorCode } from '#common';
import { SessionResponseDto } from '../auth/auth.dto.js';
import { CSRF_HEADER, deliverSession } from '../auth/refresh-cookie.js';
import { ApiRateLimited } from '../common/api-docs.js';
import { Client, type ClientInfo } from '../common/client-info.js';
import { IdentityErrorCode } from '../common/identity-errors.js';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config.js';
import { clearSocialCookie, publicOrigin, readSocialCookie, setSocialCookie } from './social-cookie.js';
import {
  AuthorizationUrlResponseDto,
  IdentityListResponseDto,
  LinkProviderRequestDto,
  LinkWithPasswordRequestDto,
  SetPasswordRequestDto,
  SignInMethodsResponseDto,
  SocialSignUpRequestDto,
  SocialStartQueryDto,
  SocialTicketRequestDto,
  SocialTicketResponseDto,
  SsoStartQueryDto,
} from './social.dto.js';
import { SocialService, PORTAL_CALLBACK_PATH } from './social.service.js';
import { SOCIAL_PROVIDERS, type MethodRef, type SocialProvider } from './social.types.js';
import { ProviderRegistry } from './provider-registry.js';
import { SsoService } from './sso.service.js';

const cookieHeader = ApiHeader({
  name: CSRF_HEADER,
  required: false,
  description: 'Browser flow, as for POST /auth/sign-in: the refresh token goes to the `lic_refresh` cookie instead of the body.',
});

const redirect = (description: string) =>
  ApiResponse({
    status: 302,
    description,
    headers: { Location: { description: 'Where the browser goes next', schema: { type: 'string', example: 'https://accounts.google.com/o/oauth2/v2/auth?...' } } },
  });

const providerParam = ApiParam({ name: 'provider', enum: [...SOCIAL_PROVIDERS], description: 'google or facebook' });

const TICKET_PARAM = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * Sign-in and sign-up through Google, Facebook and accounts' single sign-on. The browser starts
 * and finishes on the gateway's origin (start → provider → callback → the portal's /social/callback),
 * and the portal gets the same session as a password sign-in.
 */
@ApiTags('social sign-in')
@Controller()
export class SocialController {
  constructor(
    private readonly social: SocialService,
    private readonly registry: ProviderRegistry,
    private readonly sso: SsoService,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {}

  private async redirectToProvider(method: MethodRef, keepSignedIn: boolean, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const origin = publicOrigin(request, this.config);
    try {
      const { url, binding } = await this.social.begin(method, origin, { keepSignedIn });
      setSocialCookie(reply, this.config, binding);
      void reply.redirect(url, 302);
    } catch (err) {
      // A browser navigation: the portal shows the error rather than a JSON page.
      if (!(err instanceof DomainError)) throw err;
      void reply.redirect(`${origin}${PORTAL_CALLBACK_PATH}?${new URLSearchParams({ error: err.code })}`, 302);
    }
  }

  @Get('auth/methods')
  @ApiOperation({ summary: 'Which ways to sign in are on', description: 'The sign-in and sign-up pages show a button for each method that is on.' })
  @ApiOkResponse({ type: SignInMethodsResponseDto })
  async getSignInMethods(): Promise<SignInMethodsResponseDto> {
    return { password: true, ...this.registry.enabled(), sso: await this.sso.anyConfigured() };
  }

  @Get('auth/social/start/:provider')
  @providerParam
  @ApiOperation({
    summary: 'Start signing in (or up) with Google or Facebook',
    description:
      "A browser navigation. Answers 302 to the provider's authorization page (authorization code with PKCE S256, `state`, and for Google a `nonce`) and sets the short-lived `lic_social` cookie that binds the flow to this browser. A provider that is off or cannot be reached answers 302 to the portal's `/social/callback?error=SIGN_IN_METHOD_DISABLED` or `?error=PROVIDER_UNAVAILABLE`.",
  })
  @redirect("To the provider's authorization page, or to /social/callback?error=CODE")
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'ROUTE_NOT_FOUND (an unknown provider)' })
  async startSocialSignIn(
    @Param('provider') provider: string,
    @Query() query: SocialStartQueryDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!(SOCIAL_PROVIDERS as readonly string[]).includes(provider)) throw new DomainError(CommonErrorCode.ROUTE_NOT_FOUND, `No sign-in provider ${provider}`);
    await this.redirectToProvider({ provider: provider as SocialProvider }, query.keepSignedIn ?? false, request, reply);
  }

  @Get('auth/sso/start')
  @ApiOperation({
    summary: "Start signing in through a business account's single sign-on",
    description:
      "A browser navigation, like the Google start: by the work email's domain, or by the account (as an SSO_REQUIRED answer names it). An email no account covers answers 302 to `/social/callback?error=SSO_NOT_CONFIGURED`.",
  })
  @redirect("To the account's identity provider, or to /social/callback?error=CODE")
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED (neither a valid email nor an accountId)' })
  async startSsoSignIn(@Query() query: SsoStartQueryDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    let accountId = query.accountId;
    if (!accountId) {
      try {
        accountId = await this.social.ssoAccountForEmail(query.email ?? '');
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        void reply.redirect(`${publicOrigin(request, this.config)}${PORTAL_CALLBACK_PATH}?${new URLSearchParams({ error: err.code })}`, 302);
        return;
      }
    }
    await this.redirectToProvider({ provider: 'sso', accountId }, query.keepSignedIn ?? false, request, reply);
  }

  @Get('auth/social/callback')
  @ApiOperation({
    summary: 'Where every provider sends the browser back',
    description:
      "Register `<gateway origin>/api/identity/auth/social/callback` as the redirect URI at Google, Facebook and an account's provider. Checks `state` against the `lic_social` cookie, exchanges the code with the PKCE verifier, verifies the ID token and nonce, then answers 302 to the portal's `/social/callback` with `outcome=signed-in|sign-up|link|linked` and a single-use `ticket`, or with `error=SOCIAL_STATE_INVALID|PROVIDER_REJECTED|PROVIDER_UNAVAILABLE|PROVIDER_EMAIL_UNVERIFIED|SSO_EMAIL_DOMAIN_NOT_ALLOWED|IDENTITY_LINKED_ELSEWHERE`.",
  })
  @ApiQuery({ name: 'state', required: false, type: String, example: 'hW8v2...' })
  @ApiQuery({ name: 'code', required: false, type: String, example: '4/0AeanS0b...' })
  @ApiQuery({ name: 'error', required: false, type: String, example: 'access_denied' })
  @redirect('To the portal: /social/callback?outcome=...&ticket=... or /social/callback?error=CODE')
  async finishSocialSignIn(@Query() query: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const params: Record<string, string> = {};
    for (const [name, value] of Object.entries(query ?? {})) if (typeof value === 'string' && name.length <= 64) params[name] = value.slice(0, 4096);
    const path = await this.social.finish(params, readSocialCookie(request));
    clearSocialCookie(reply, this.config);
    void reply.header('cache-control', 'no-store');
    void reply.redirect(`${publicOrigin(request, this.config)}${path}`, 302);
  }

  @Get('auth/social/tickets/:ticket')
  @ApiParam({ name: 'ticket', description: 'From the callback' })
  @ApiOperation({ summary: 'The pending step of a sign-in with a provider', description: 'What the portal shows: the terms step of a sign-up, or the password step of a link. Does not use the ticket up.' })
  @ApiOkResponse({ type: SocialTicketResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'SOCIAL_TICKET_INVALID (unknown, used or expired)' })
  describeSocialTicket(@Param('ticket') ticket: string): Promise<SocialTicketResponseDto> {
    if (!TICKET_PARAM.test(ticket)) throw new DomainError(IdentityErrorCode.SOCIAL_TICKET_INVALID, 'This sign-in step was already finished or has expired; start again');
    return this.social.describe(ticket);
  }

  @Post('auth/social/session')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Finish signing in with a provider', description: 'Redeems a `signed-in` ticket for the session: the same answer (and cookie) as POST /auth/sign-in.' })
  @ApiOkResponse({ type: SessionResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED, SOCIAL_TICKET_INVALID' })
  @cookieHeader
  async redeemSocialSession(
    @Body() body: SocialTicketRequestDto,
    @Client() client: ClientInfo,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponseDto> {
    return deliverSession(request, reply, this.config.refreshCookie, await this.social.redeemSession(body.ticket, client));
  }

  @Post('auth/social/sign-up')
  @ApiOperation({
    summary: 'Create the account from the provider, with the terms of use accepted',
    description: "Creates the user from the provider's verified name and email (no password; one can be set later), links the identity, sends the welcome email and signs in.",
  })
  @ApiCreatedResponse({ type: SessionResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED (terms not accepted), SOCIAL_TICKET_INVALID' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'EMAIL_TAKEN (registered meanwhile)' })
  @cookieHeader
  async completeSocialSignUp(
    @Body() body: SocialSignUpRequestDto,
    @Client() client: ClientInfo,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponseDto> {
    return deliverSession(request, reply, this.config.refreshCookie, await this.social.completeSignUp(body.ticket, body.keepSignedIn, client));
  }

  @Post('auth/social/link-with-password')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Link the provider to the existing account with its password, and sign in',
    description: 'For a `link` ticket: the verified email belongs to an existing account, whose password proves it is yours. Emails "a new way to sign in was added".',
  })
  @ApiOkResponse({ type: SessionResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED, SOCIAL_TICKET_INVALID' })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'INVALID_CREDENTIALS (the ticket stays usable)' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'PASSWORD_NOT_SET (sign in another way and link from security settings), IDENTITY_LINKED_ELSEWHERE' })
  @ApiRateLimited('wrong passwords count like failed sign-ins')
  @cookieHeader
  async linkSocialWithPassword(
    @Body() body: LinkWithPasswordRequestDto,
    @Client() client: ClientInfo,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponseDto> {
    return deliverSession(request, reply, this.config.refreshCookie, await this.social.linkWithPassword(body.ticket, body.password, client));
  }

  @Post('me/identities/link')
  @UserAuth()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Start linking a provider to my account',
    description:
      'The session is the proof. Answers the URL to send the browser to and sets the `lic_social` cookie; the callback links the identity and answers 302 to `/social/callback?outcome=linked`.',
  })
  @ApiOkResponse({ type: AuthorizationUrlResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'SIGN_IN_METHOD_DISABLED, SSO_NOT_CONFIGURED' })
  @ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: 'PROVIDER_UNAVAILABLE' })
  async linkMyIdentity(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: LinkProviderRequestDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthorizationUrlResponseDto> {
    const method: MethodRef = body.provider === 'sso' ? { provider: 'sso', accountId: body.accountId as string } : { provider: body.provider };
    const { url, binding } = await this.social.begin(method, publicOrigin(request, this.config), { keepSignedIn: false, linkUserId: user.id });
    setSocialCookie(reply, this.config, binding);
    return { authorizationUrl: url };
  }

  @Get('me/identities')
  @UserAuth()
  @ApiOperation({ summary: 'My ways to sign in (security settings)', description: 'Linked providers, oldest first, and whether I have a password.' })
  @ApiOkResponse({ type: IdentityListResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'USER_NOT_FOUND' })
  listMyIdentities(@CurrentUser() user: AuthenticatedUser): Promise<IdentityListResponseDto> {
    return this.social.list(user.id);
  }

  @Delete('me/identities/:identityId')
  @UserAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiParam({ name: 'identityId', format: 'uuid' })
  @ApiOperation({ summary: 'Unlink a provider from my account', description: 'Refused for the last way to sign in. Emails "a way to sign in was removed".' })
  @ApiNoContentResponse({ description: 'Unlinked' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'IDENTITY_NOT_FOUND' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'LAST_SIGN_IN_METHOD' })
  async unlinkMyIdentity(
    @CurrentUser() user: AuthenticatedUser,
    @Param('identityId', idParam(IdentityErrorCode.IDENTITY_NOT_FOUND, 'Sign-in method not found')) identityId: string,
  ): Promise<void> {
    await this.social.unlink(user.id, identityId);
  }

  @Post('me/password/set')
  @UserAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Set a first password (accounts created through a provider)', description: 'Then email and password sign in too. Emails "a new way to sign in was added".' })
  @ApiNoContentResponse({ description: 'Password set' })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED (password policy)' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'PASSWORD_ALREADY_SET (change it with POST /me/password)' })
  async setMyPassword(@CurrentUser() user: AuthenticatedUser, @Body() body: SetPasswordRequestDto): Promise<void> {
    await this.social.setPassword(user.id, body.password);
  }
}
