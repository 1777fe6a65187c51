import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Equals, IsBoolean, IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { normaliseEmail, trim } from '#common';

/** 8 to 128 characters with at least one letter and one digit. */
export const PASSWORD_POLICY = /^(?=.*\p{L})(?=.*\p{N}).{8,128}$/u;
export const PASSWORD_POLICY_MESSAGE = 'password must be 8 to 128 characters and contain at least one letter and one digit';

export class SignUpRequestDto {
  @ApiProperty({ example: 'Ada', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  firstName: string;

  @ApiProperty({ example: 'Lovelace', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  lastName: string;

  @ApiProperty({ example: 'ada@example.com', maxLength: 320 })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'correct-horse-7', minLength: 8, maxLength: 128, description: PASSWORD_POLICY_MESSAGE })
  @IsString()
  @Matches(PASSWORD_POLICY, { message: PASSWORD_POLICY_MESSAGE })
  password: string;

  @ApiProperty({ example: true, description: 'The terms of use must be accepted' })
  @Equals(true, { message: 'the terms of use must be accepted' })
  acceptTerms: boolean;

  @ApiPropertyOptional({ example: false, description: 'Keep me signed in: a long-lived session' })
  @IsOptional()
  @IsBoolean()
  keepSignedIn?: boolean;
}

export class SignInRequestDto {
  @ApiProperty({ example: 'ada@example.com' })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'correct-horse-7' })
  @IsString()
  @Length(1, 128)
  password: string;

  @ApiPropertyOptional({ example: false, description: 'Keep me signed in: a long-lived session' })
  @IsOptional()
  @IsBoolean()
  keepSignedIn?: boolean;
}

export class UserResponseDto {
  @ApiProperty({ example: '3f0c6a9e-6d1f-4c1e-9a57-1d1b2a7f0c11', format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'ada@example.com' })
  email: string;

  @ApiProperty({ example: 'Ada' })
  firstName: string;

  @ApiProperty({ example: 'Lovelace' })
  lastName: string;

  @ApiProperty({ example: 'user', enum: ['user', 'operator'], description: '`operator` for the vendor\'s staff' })
  role: 'user' | 'operator';

  @ApiProperty({ example: '2026-11-30T10:00:00.000Z', format: 'date-time' })
  createdAt: string;
}

export class SessionResponseDto {
  @ApiProperty({ type: UserResponseDto })
  user: UserResponseDto;

  @ApiProperty({ example: 'eyJhbGciOiJFZERTQSIsImtpZCI6Ii4uLiJ9...', description: 'Bearer access token (JWT, EdDSA)' })
  accessToken: string;

  @ApiProperty({ example: 'Bearer', enum: ['Bearer'] })
  tokenType: 'Bearer';

  @ApiProperty({ example: 900, description: 'Seconds until the access token expires' })
  expiresIn: number;

  @ApiProperty({
    example: 'q3J6Zb1m0x2pQWc9yq0B9a8lJx4T3s2r1n0m9l8k7j6',
    description:
      'Opaque refresh token (single use: each refresh returns a new one). Keep it secret. Absent when the request sent `X-CSRF-Token` (browser flow): the token is then only in the HttpOnly `lic_refresh` cookie.',
    required: false,
  })
  refreshToken?: string;

  @ApiProperty({ example: '2026-11-30T22:00:00.000Z', format: 'date-time', description: 'When the session ends unless refreshed (keep me signed in) ' })
  refreshTokenExpiresAt: string;

  @ApiProperty({ example: '0b7e4c8e-1c55-4c36-9d3e-5b2f8f0c7a21', format: 'uuid', description: 'The session (also the `sid` claim of the access token)' })
  sessionId: string;
}

export class RefreshRequestDto {
  @ApiPropertyOptional({
    example: 'q3J6Zb1m0x2pQWc9yq0B9a8lJx4T3s2r1n0m9l8k7j6',
    description: 'Omit it in the browser flow: the `lic_refresh` cookie is used instead, with the `X-CSRF-Token` header.',
  })
  @IsOptional()
  @IsString()
  @Length(20, 200)
  refreshToken?: string;
}

export class ForgotPasswordRequestDto {
  @ApiProperty({ example: 'ada@example.com' })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email: string;
}

export class ResetPasswordRequestDto {
  @ApiProperty({ example: 'Vt0bq0xQ3m1aZ8kR2yU5wE7tY9uI1oP3aS5dF7gH9jK', description: 'The token from the emailed link' })
  @IsString()
  @Length(20, 200)
  token: string;

  @ApiProperty({ example: 'new-horse-battery-8', minLength: 8, maxLength: 128, description: PASSWORD_POLICY_MESSAGE })
  @IsString()
  @Matches(PASSWORD_POLICY, { message: PASSWORD_POLICY_MESSAGE })
  password: string;
}

export class AcceptedResponseDto {
  @ApiProperty({ example: 'If an account exists for this email, a link to reset the password has been sent.' })
  message: string;
}

export class JwksResponseDto {
  @ApiProperty({
    example: [{ kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo', kid: 'Yc2Fz0Q1', alg: 'EdDSA', use: 'sig' }],
    type: 'array',
    items: { type: 'object', additionalProperties: true },
  })
  keys: Array<Record<string, unknown>>;
}
