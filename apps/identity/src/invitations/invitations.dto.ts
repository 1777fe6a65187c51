import { PageDto, PageQuery } from '#common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { INVITATION_STATUSES, type InvitationStatus } from '#database';
import { SessionResponseDto } from '../auth/auth.dto.js';
import { trim } from '../common/transforms.js';

export const INVITE_RESULTS = ['invited', 'already_member', 'already_invited', 'invalid'] as const;
export type InviteResult = (typeof INVITE_RESULTS)[number];

export class CreateInvitationsRequestDto {
  @ApiProperty({
    example: ['david.lewis@example.com', 'andrew.palmer@example.com'],
    type: [String],
    minItems: 1,
    maxItems: 50,
    description: 'Addresses to invite; each gets its own result (an invalid one does not fail the others)',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(400, { each: true })
  emails: string[];
}

export class InvitationOutcomeDto {
  @ApiProperty({ example: 'david.lewis@example.com', description: 'The address as normalised (trimmed, lower-case)' })
  email: string;

  @ApiProperty({
    example: 'invited',
    enum: INVITE_RESULTS,
    description: 'invited: email sent; already_member: is a member (active or blocked); already_invited: a pending invitation exists (or the address was listed twice); invalid: not an email address',
  })
  result: InviteResult;

  @ApiProperty({ example: '7c9e6679-7425-40de-944b-e07fc1f90ae7', format: 'uuid', nullable: true, type: String, description: 'The new invitation, when invited' })
  invitationId: string | null;
}

export class CreateInvitationsResponseDto {
  @ApiProperty({ type: [InvitationOutcomeDto], description: 'One per address given, in order' })
  results: InvitationOutcomeDto[];
}

export class InvitationListQueryDto extends PageQuery() {
  @ApiPropertyOptional({ enum: INVITATION_STATUSES, example: 'pending', description: 'Only invitations in this state (default: all)' })
  @IsOptional()
  @IsIn(INVITATION_STATUSES)
  status?: InvitationStatus;
}

export class InvitationResponseDto {
  @ApiProperty({ example: '7c9e6679-7425-40de-944b-e07fc1f90ae7', format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'david.lewis@example.com' })
  email: string;

  @ApiProperty({ example: 'pending', enum: INVITATION_STATUSES })
  status: InvitationStatus;

  @ApiProperty({ example: 'John Brown', nullable: true, type: String })
  invitedByName: string | null;

  @ApiProperty({ example: '2026-11-30T10:00:00.000Z', format: 'date-time' })
  createdAt: string;

  @ApiProperty({ example: '2026-11-30T10:00:00.000Z', format: 'date-time', description: 'When the current link was emailed' })
  sentAt: string;

  @ApiProperty({ example: '2026-12-07T10:00:00.000Z', format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ example: null, format: 'date-time', nullable: true, type: String })
  acceptedAt: string | null;
}

export class InvitationListResponseDto extends PageDto {
  @ApiProperty({ type: [InvitationResponseDto] })
  items: InvitationResponseDto[];
}

export class InvitationTokenRequestDto {
  @ApiProperty({ example: 'Vt0bq0xQ3m1aZ8kR2yU5wE7tY9uI1oP3aS5dF7gH9jK', description: 'The token from the invitation link' })
  @IsString()
  @Length(20, 200)
  token: string;
}

export class InvitationPreviewResponseDto {
  @ApiProperty({ example: 'Any Company, Inc' })
  companyName: string;

  @ApiProperty({ example: 'david.lewis@example.com' })
  email: string;

  @ApiProperty({ example: 'John Brown', nullable: true, type: String })
  invitedByName: string | null;

  @ApiProperty({ example: '2026-12-07T10:00:00.000Z', format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ example: false, description: 'true: join with the existing account\'s password; false: choose names and a password' })
  existingUser: boolean;
}

/** An existing user gives their password; a new person also gives names and accepts the terms. */
export class AcceptInvitationRequestDto extends InvitationTokenRequestDto {
  @ApiProperty({ example: 'correct-horse-7', description: 'Existing user: their password. New person: the password to set (8 to 128 characters, a letter and a digit)' })
  @IsString()
  @Length(1, 128)
  password: string;

  @ApiPropertyOptional({ example: 'David', maxLength: 100, description: 'New person only' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  firstName?: string;

  @ApiPropertyOptional({ example: 'Lewis', maxLength: 100, description: 'New person only' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  lastName?: string;

  @ApiPropertyOptional({ example: true, description: 'New person only: the terms of use must be accepted' })
  @IsOptional()
  @IsBoolean()
  acceptTerms?: boolean;

  @ApiPropertyOptional({ example: false, description: 'Keep me signed in' })
  @IsOptional()
  @IsBoolean()
  keepSignedIn?: boolean;
}

export class AcceptInvitationResponseDto extends SessionResponseDto {
  @ApiProperty({ example: '9b1f0c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d', format: 'uuid', description: 'The account joined' })
  accountId: string;
}
