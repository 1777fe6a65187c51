import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { DomainError, CurrentUser, ErrorResponseDto, UserAuth, type AuthenticatedUser } from '#common';
import { ApiRateLimited } from '../common/api-docs.js';
import { Client, type ClientInfo } from '../common/client-info.js';
import {
  AcceptedResponseDto,
  ForgotPasswordRequestDto,
  JwksResponseDto,
  RefreshRequestDto,
  ResetPasswordRequestDto,
  SessionResponseDto,
  SignInRequestDto,
  SignUpRequestDto,
} from './auth.dto.js';
import { AuthService } from './auth.service.js';
import { PasswordResetService } from './password-reset.service.js';
import { TokenService } from './token.service.js';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config.js';
import { IdentityErrorCode } from '../common/identity-errors.js';
import { SessionService } from '../sessions/session.service.js';
import { clearRefreshCookie, CSRF_HEADER, readRefreshCookie, setRefreshCookie, wantsCookie } from './refresh-cookie.js';

const cookieHeader = ApiHeader({
  name: CSRF_HEADER,
  required: false,
  description:
    'Browser flow: any non-empty value. The refresh token then travels only in the HttpOnly, Secure, SameSite `lic_refresh` cookie (path /api/identity/auth) and is left out of the body. A page on another origin can send this header only when the gateway allows its origin (CORS_ORIGINS).',
});

const tooMany = ApiRateLimited('too many attempts from this client IP or for this email');

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly passwordReset: PasswordResetService,
    private readonly tokens: TokenService,
    private readonly sessions: SessionService,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {}

  /** In the browser flow the refresh token goes to the cookie, not to script-readable JSON. */
  private deliver(request: FastifyRequest, reply: FastifyReply, session: SessionResponseDto): SessionResponseDto {
    if (!wantsCookie(request) || !session.refreshToken) return session;
    setRefreshCookie(reply, this.config.refreshCookie, session.refreshToken, session.refreshTokenExpiresAt);
    const { refreshToken: _inCookie, ...rest } = session;
    return rest;
  }

  @Post('auth/sign-up')
  @ApiOperation({ summary: 'Create a personal account and sign in', description: 'Sends a welcome email.' })
  @ApiCreatedResponse({ type: SessionResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED (password policy, terms not accepted, ...)' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'EMAIL_TAKEN' })
  @cookieHeader
  async signUp(
    @Body() body: SignUpRequestDto,
    @Client() client: ClientInfo,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponseDto> {
    return this.deliver(request, reply, await this.auth.signUp(body, client));
  }

  @Post('auth/sign-in')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Sign in with email and password',
    description: 'Without `keepSignedIn` the session ends within hours; with it, it lasts 30 days from the last refresh.',
  })
  @ApiOkResponse({ type: SessionResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'INVALID_CREDENTIALS' })
  @tooMany
  @cookieHeader
  async signIn(
    @Body() body: SignInRequestDto,
    @Client() client: ClientInfo,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponseDto> {
    return this.deliver(request, reply, await this.auth.signIn(body, client));
  }

  @Post('auth/refresh')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Exchange a refresh token for new tokens',
    description:
      'Refresh tokens are single use: the answer carries a new one. Presenting a refresh token that was already used signs the whole session out (REFRESH_TOKEN_REUSED), except within the grace window (REFRESH_REUSE_GRACE_SECONDS, default 10 s) while its successor is unused: then the same new refresh token is answered again, so parallel refreshes (two tabs) stay signed in.',
  })
  @ApiOkResponse({ type: SessionResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  @ApiUnauthorizedResponse({
    type: ErrorResponseDto,
    description: 'INVALID_REFRESH_TOKEN, REFRESH_TOKEN_REUSED, SESSION_REVOKED, SESSION_EXPIRED',
  })
  @cookieHeader
  async refresh(
    @Body() body: RefreshRequestDto,
    @Client() client: ClientInfo,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponseDto> {
    const token = body.refreshToken ?? (wantsCookie(request) ? readRefreshCookie(request) : undefined);
    if (!token) {
      throw new DomainError(
        IdentityErrorCode.INVALID_REFRESH_TOKEN,
        `Send the refresh token in the body, or the ${'lic_refresh'} cookie with the ${CSRF_HEADER} header`,
      );
    }
    return this.deliver(request, reply, await this.auth.refresh(token, client));
  }

  @Post('auth/sign-out/cookie')
  @HttpCode(HttpStatus.NO_CONTENT)
  @cookieHeader
  @ApiOperation({
    summary: 'Sign out of the browser session named by the refresh cookie',
    description:
      'Needs no access token (it may have expired): the `lic_refresh` cookie and the `X-CSRF-Token` header. Revokes the session and clears the cookie; without a cookie there is nothing to end and it answers 204 all the same.',
  })
  @ApiNoContentResponse({ description: 'Signed out; the cookie is cleared' })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'CSRF_HEADER_REQUIRED: the X-CSRF-Token header is missing' })
  async signOutWithCookie(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    if (!wantsCookie(request)) throw new DomainError(IdentityErrorCode.CSRF_HEADER_REQUIRED, `The ${CSRF_HEADER} header is required`);
    const token = readRefreshCookie(request);
    if (token) await this.sessions.revokeByRefreshToken(token);
    clearRefreshCookie(reply, this.config.refreshCookie);
  }

  @Post('auth/sign-out')
  @UserAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out of this session', description: 'Its refresh token and access tokens stop working at once.' })
  @ApiNoContentResponse({ description: 'Signed out' })
  async signOut(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.auth.signOut(user.id, user.sessionId);
  }

  @Post('auth/forgot-password')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Email a password reset link',
    description:
      'Always answers 202 with the same message, whether or not the email is registered. The link (`/reset-password?token=...`) is single use and expires after an hour.',
  })
  @ApiAcceptedResponse({ type: AcceptedResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  @tooMany
  async forgotPassword(@Body() body: ForgotPasswordRequestDto, @Client() client: ClientInfo): Promise<AcceptedResponseDto> {
    await this.passwordReset.request(body.email, client);
    return { message: 'If an account exists for this email, a link to reset the password has been sent.' };
  }

  @Post('auth/reset-password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Set a new password with the token from the reset link', description: 'Signs out every session of the user.' })
  @ApiNoContentResponse({ description: 'Password changed; sign in with the new one' })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED (password policy), RESET_TOKEN_INVALID (unknown or used), RESET_TOKEN_EXPIRED' })
  async resetPassword(@Body() body: ResetPasswordRequestDto): Promise<void> {
    await this.passwordReset.reset(body.token, body.password);
  }

  @Get('.well-known/jwks.json')
  @ApiOperation({ summary: 'Public keys that verify access tokens' })
  @ApiOkResponse({ type: JwksResponseDto })
  jwks(): JwksResponseDto {
    return this.tokens.jwks() as JwksResponseDto;
  }
}
