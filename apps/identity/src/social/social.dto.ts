import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { normaliseEmail, PageDto, PageQuery, trim, trimLowerEach } from '#common';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, Equals, IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateIf } from 'class-validator';
import { PASSWORD_POLICY, PASSWORD_POLICY_MESSAGE } from '../auth/auth.dto.js';

const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const TICKET = /^[A-Za-z0-9_-]{20,100}$/;

export class SignInMethodsResponseDto {
  @ApiProperty({ example: true, description: 'Email and password (always on)' })
  password: boolean;

  @ApiProperty({ example: true, description: 'Sign in with Google (on when GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET are set)' })
  google: boolean;

  @ApiProperty({ example: false, description: 'Sign in with Facebook (on when FACEBOOK_CLIENT_ID and FACEBOOK_CLIENT_SECRET are set)' })
  facebook: boolean;

  @ApiProperty({ example: true, description: 'Single sign-on of a business account, found by the email address (on when any account has configured it)' })
  sso: boolean;
}

export class SocialStartQueryDto {
  @ApiPropertyOptional({ example: false, description: 'Keep me signed in: a long-lived session once signed in' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  keepSignedIn?: boolean;
}

export class SsoStartQueryDto extends SocialStartQueryDto {
  @ApiPropertyOptional({ example: 'ada@acme.example', description: 'The work email: its domain selects the business account' })
  @ValidateIf((o: SsoStartQueryDto) => o.accountId === undefined)
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email?: string;

  @ApiPropertyOptional({ example: '7a1c3f5e-2b4d-4e6f-8a9b-0c1d2e3f4a5b', format: 'uuid', description: 'Or the business account itself (as SSO_REQUIRED names it)' })
  @IsOptional()
  @IsUUID('all', { message: 'accountId must be a UUID' })
  accountId?: string;
}

export class SocialTicketResponseDto {
  @ApiProperty({
    example: 'sign-up',
    enum: ['session', 'sign-up', 'link'],
    description:
      '`session`: a known identity, redeem it with POST /auth/social/session. `sign-up`: no account has this email; show the name and email and ask for the terms of use. `link`: an account has this email; its owner proves it with the password (or, without one, signs in and links from security settings).',
  })
  step: 'session' | 'sign-up' | 'link';

  @ApiPropertyOptional({ example: 'Google', description: 'The sign-in method, as a person reads it' })
  method?: string;

  @ApiPropertyOptional({ example: 'google', enum: ['google', 'facebook', 'sso'] })
  provider?: 'google' | 'facebook' | 'sso';

  @ApiPropertyOptional({ example: 'ada@example.com', description: 'The verified email the provider gave' })
  email?: string;

  @ApiPropertyOptional({ example: 'Ada' })
  firstName?: string;

  @ApiPropertyOptional({ example: 'Lovelace' })
  lastName?: string;

  @ApiProperty({ example: false })
  keepSignedIn: boolean;

  @ApiPropertyOptional({ example: true, description: '`link` only: the existing account has a password to prove ownership with' })
  passwordSignInAvailable?: boolean;
}

export class SocialTicketRequestDto {
  @ApiProperty({ example: 'q9X1b3aH0V3mJ2e8n5cTzK4rW7yL6pD1sF0gU2iO9eA', description: 'The `ticket` the callback put in the portal URL' })
  @IsString()
  @Matches(TICKET, { message: 'ticket is not valid' })
  ticket: string;
}

export class SocialSignUpRequestDto extends SocialTicketRequestDto {
  @ApiProperty({ example: true, description: 'The terms of use must be accepted' })
  @Equals(true, { message: 'the terms of use must be accepted' })
  acceptTerms: boolean;

  @ApiPropertyOptional({ example: false, description: 'Keep me signed in (default: what the sign-in was started with)' })
  @IsOptional()
  @IsBoolean()
  keepSignedIn?: boolean;
}

export class LinkWithPasswordRequestDto extends SocialTicketRequestDto {
  @ApiProperty({ example: 'correct-horse-7', description: "The existing account's password" })
  @IsString()
  @Length(1, 128)
  password: string;
}

export class LinkProviderRequestDto {
  @ApiProperty({ example: 'google', enum: ['google', 'facebook', 'sso'] })
  @IsIn(['google', 'facebook', 'sso'], { message: 'provider must be google, facebook or sso' })
  provider: 'google' | 'facebook' | 'sso';

  @ApiPropertyOptional({ example: '7a1c3f5e-2b4d-4e6f-8a9b-0c1d2e3f4a5b', format: 'uuid', description: 'For `sso`: the business account whose provider to link' })
  @ValidateIf((o: LinkProviderRequestDto) => o.provider === 'sso')
  @IsUUID('all', { message: 'accountId must be a UUID' })
  accountId?: string;
}

export class AuthorizationUrlResponseDto {
  @ApiProperty({
    example: 'https://accounts.google.com/o/oauth2/v2/auth?client_id=123.apps.googleusercontent.com&response_type=code&state=...',
    description: "Send the browser here (a top-level navigation); the provider comes back to the gateway's callback",
  })
  authorizationUrl: string;
}

export class IdentityDto {
  @ApiProperty({ example: '5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'google', enum: ['google', 'facebook', 'sso'] })
  provider: 'google' | 'facebook' | 'sso';

  @ApiProperty({ example: null, format: 'uuid', nullable: true, type: String, description: 'For `sso`: the business account' })
  accountId: string | null;

  @ApiProperty({ example: 'Google', description: 'As a person reads it, e.g. "Single sign-on (Acme Inc.)"' })
  method: string;

  @ApiProperty({ example: 'ada@example.com', nullable: true, type: String, description: 'The email the provider gave when linked' })
  email: string | null;

  @ApiProperty({ example: '2026-11-30T10:00:00.000Z', format: 'date-time' })
  createdAt: string;

  @ApiProperty({ example: '2026-12-01T08:30:00.000Z', format: 'date-time', nullable: true, type: String })
  lastUsedAt: string | null;
}

export class IdentityListResponseDto {
  @ApiProperty({ example: true, description: 'Whether the user can also sign in with email and password' })
  hasPassword: boolean;

  @ApiProperty({ type: [IdentityDto] })
  items: IdentityDto[];
}

export class SetPasswordRequestDto {
  @ApiProperty({ example: 'correct-horse-7', minLength: 8, maxLength: 128, description: PASSWORD_POLICY_MESSAGE })
  @IsString()
  @Matches(PASSWORD_POLICY, { message: PASSWORD_POLICY_MESSAGE })
  password: string;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export class PutSsoConfigRequestDto {
  @ApiProperty({ example: 'https://login.acme.example', maxLength: 500, description: "The provider's issuer; its /.well-known/openid-configuration must answer" })
  @Transform(trim)
  @IsString()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'issuer must be an http(s) URL' })
  @MaxLength(500)
  issuer: string;

  @ApiProperty({ example: 'licensing-portal', maxLength: 255 })
  @Transform(trim)
  @IsString()
  @Length(1, 255)
  clientId: string;

  @ApiPropertyOptional({ example: 's3cr3t-from-the-provider', maxLength: 500, description: 'Required the first time; leave out to keep the stored one. Never answered.' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  clientSecret?: string;

  @ApiProperty({ example: ['acme.example'], type: [String], description: 'Email domains that may sign in through this provider' })
  @Transform(trimLowerEach)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Matches(DOMAIN, { each: true, message: 'each allowed domain must be a domain name such as acme.example' })
  allowedDomains: string[];

  @ApiProperty({
    example: false,
    description: 'Members must sign in through this provider to act on the account. Turning it on needs a session started through it (proof that it works).',
  })
  @IsBoolean()
  required: boolean;
}

export class SsoConfigResponseDto {
  @ApiProperty({ example: true })
  configured: boolean;

  @ApiProperty({ example: 'https://login.acme.example', nullable: true, type: String })
  issuer: string | null;

  @ApiProperty({ example: 'licensing-portal', nullable: true, type: String })
  clientId: string | null;

  @ApiProperty({ example: true, description: 'A client secret is stored (it is never answered)' })
  clientSecretSet: boolean;

  @ApiProperty({ example: ['acme.example'], type: [String] })
  allowedDomains: string[];

  @ApiProperty({ example: false })
  required: boolean;

  @ApiProperty({ example: 'https://licensing.example.com/api/identity/auth/social/callback', description: 'The redirect URI to register at the provider' })
  redirectUri: string;
}

export class OperatorSsoAccountDto {
  @ApiProperty({ example: '7a1c3f5e-2b4d-4e6f-8a9b-0c1d2e3f4a5b', format: 'uuid' })
  accountId: string;

  @ApiProperty({ example: 'Acme Inc.' })
  companyName: string;

  @ApiProperty({ example: '19240-41140' })
  supportCode: string;

  @ApiProperty({ example: 'https://login.acme.example' })
  issuer: string;

  @ApiProperty({ example: ['acme.example'], type: [String] })
  allowedDomains: string[];

  @ApiProperty({ example: true, description: 'Members must sign in through it' })
  required: boolean;
}

export class OperatorSsoAccountListResponseDto extends PageDto {
  @ApiProperty({ type: [OperatorSsoAccountDto] })
  items: OperatorSsoAccountDto[];
}

export class OperatorSsoQueryDto extends PageQuery() {
  @ApiPropertyOptional({ example: true, description: 'Only accounts that require their single sign-on' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  required?: boolean;
}
