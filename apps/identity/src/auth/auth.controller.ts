import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ErrorResponseDto } from '#common';
import { JwksResponseDto, SessionResponseDto, SignInRequestDto, SignUpRequestDto } from './auth.dto.js';
import { AuthService } from './auth.service.js';
import { TokenService } from './token.service.js';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly tokens: TokenService,
  ) {}

  @Post('auth/sign-up')
  @ApiOperation({ summary: 'Create a personal account and sign in', description: 'Sends a welcome email.' })
  @ApiCreatedResponse({ type: SessionResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED (password policy, terms not accepted, ...)' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'EMAIL_TAKEN' })
  signUp(@Body() body: SignUpRequestDto): Promise<SessionResponseDto> {
    return this.auth.signUp(body);
  }

  @Post('auth/sign-in')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in with email and password' })
  @ApiOkResponse({ type: SessionResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'INVALID_CREDENTIALS' })
  signIn(@Body() body: SignInRequestDto): Promise<SessionResponseDto> {
    return this.auth.signIn(body);
  }

  @Get('.well-known/jwks.json')
  @ApiOperation({ summary: 'Public keys that verify access tokens' })
  @ApiOkResponse({ type: JwksResponseDto })
  jwks(): JwksResponseDto {
    return this.tokens.jwks() as JwksResponseDto;
  }
}
