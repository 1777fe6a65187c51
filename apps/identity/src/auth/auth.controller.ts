import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser, ErrorResponseDto, UserAuth, type AuthenticatedUser } from '#common';
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

const tooMany = ApiRateLimited('too many attempts from this client IP or for this email');

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly passwordReset: PasswordResetService,
    private readonly tokens: TokenService,
  ) {}

  @Post('auth/sign-up')
  @ApiOperation({ summary: 'Create a personal account and sign in', description: 'Sends a welcome email.' })
  @ApiCreatedResponse({ type: SessionResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED (password policy, terms not accepted, ...)' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'EMAIL_TAKEN' })
  signUp(@Body() body: SignUpRequestDto, @Client() client: ClientInfo): Promise<SessionResponseDto> {
    return this.auth.signUp(body, client);
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
  signIn(@Body() body: SignInRequestDto, @Client() client: ClientInfo): Promise<SessionResponseDto> {
    return this.auth.signIn(body, client);
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
  refresh(@Body() body: RefreshRequestDto, @Client() client: ClientInfo): Promise<SessionResponseDto> {
    return this.auth.refresh(body.refreshToken, client);
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
