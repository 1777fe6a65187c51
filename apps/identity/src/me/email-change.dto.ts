import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { normaliseEmail } from '#common';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

export class RequestEmailChangeRequestDto {
  @ApiProperty({ example: 'ada.king@example.com', maxLength: 320, description: 'The new address; a confirmation link is sent there' })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'newEmail must be a valid email address' })
  @MaxLength(320)
  newEmail: string;

  @ApiProperty({ example: 'correct-horse-7', description: 'The current password (wrong ones count like failed sign-ins)' })
  @IsString()
  @Length(1, 128)
  currentPassword: string;
}

export class PendingEmailChangeDto {
  @ApiProperty({ example: 'ada.king@example.com', description: 'The address waiting for its confirmation' })
  newEmail: string;

  @ApiProperty({ example: '2026-12-03T10:00:00.000Z', format: 'date-time', description: 'When the emailed link stops working' })
  expiresAt: string;
}

export class EmailChangeStatusResponseDto {
  @ApiProperty({ example: 'ada@example.com', description: 'The current sign-in email' })
  email: string;

  // OpenAPI 3.0 ignores `nullable` beside a `$ref`: null is its own alternative.
  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(PendingEmailChangeDto) }, { type: 'object', nullable: true, enum: [null] }],
    example: { newEmail: 'ada.king@example.com', expiresAt: '2026-12-03T10:00:00.000Z' },
    description: 'The change waiting for confirmation from the new address, or null',
  })
  pending: PendingEmailChangeDto | null;
}

export class ConfirmEmailChangeRequestDto {
  @ApiProperty({ example: 'Vt0bq0xQ3m1aZ8kR2yU5wE7tY9uI1oP3aS5dF7gH9jK', description: 'The token from the link sent to the new address' })
  @IsString()
  @Length(16, 128)
  token: string;
}

export class EmailChangeConfirmedResponseDto {
  @ApiProperty({ example: 'ada.king@example.com', description: 'The sign-in email from now on' })
  email: string;
}
