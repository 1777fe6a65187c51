import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { EMAIL_DELIVERY_STATUSES, type EmailDeliveryStatus } from '#database';
import { PageDto, PageQuery } from '#common';

const trimLower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class ListDeliveriesQueryDto extends PageQuery() {
  @ApiPropertyOptional({ enum: EMAIL_DELIVERY_STATUSES, example: 'dead' })
  @IsOptional()
  @IsIn(EMAIL_DELIVERY_STATUSES)
  status?: EmailDeliveryStatus;

  @ApiPropertyOptional({ example: 'subscription-expiring', description: 'Template name', maxLength: 64 })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'template must be a template name (lower-case letters, digits and dashes)' })
  template?: string;

  @ApiPropertyOptional({ example: 'ada@example.com', description: 'Recipient email address (exact, any letter case)', maxLength: 320 })
  @IsOptional()
  @Transform(trimLower)
  @IsString()
  @MaxLength(320)
  recipient?: string;

  @ApiPropertyOptional({ example: '2026-11-01T00:00:00Z', format: 'date-time', description: 'Created at or after' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date-time' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z', format: 'date-time', description: 'Created before' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date-time' })
  to?: string;

}

export class DeliveryResponseDto {
  @ApiProperty({ example: '0b7e8a52-3c1d-4f7e-9a0b-5d2f7c9e1a44', format: 'uuid' })
  id: string;

  @ApiProperty({ example: '5f1d7a1e-8c2b-4e3f-9d6a-2b7c8e9f0a11', format: 'uuid', description: 'The event (outbox row and job id) the email belongs to' })
  eventId: string;

  @ApiProperty({ example: 'subscription-expiring' })
  template: string;

  @ApiProperty({ example: 'ada@example.com' })
  recipient: string;

  @ApiProperty({ example: 'Your Mac Management subscription for Acme Corp expires in 30 days', nullable: true, type: String })
  subject: string | null;

  @ApiProperty({ enum: EMAIL_DELIVERY_STATUSES, example: 'sent', description: 'queued → sent, or failed (being retried) → dead (gave up)' })
  status: EmailDeliveryStatus;

  @ApiProperty({ example: 1, description: 'SMTP attempts made' })
  attempts: number;

  @ApiProperty({ example: null, nullable: true, type: String, description: 'The last failure, e.g. the SMTP server answer' })
  lastError: string | null;

  @ApiProperty({ example: '<c1a2b3@licensing.localhost>', nullable: true, type: String, description: 'Message-ID given by SMTP' })
  messageId: string | null;

  @ApiProperty({ example: '2026-11-30T10:00:00.000Z', format: 'date-time' })
  createdAt: string;

  @ApiProperty({ example: '2026-11-30T10:00:01.000Z', format: 'date-time' })
  updatedAt: string;

  @ApiProperty({ example: '2026-11-30T10:00:01.000Z', format: 'date-time', nullable: true, type: String })
  lastAttemptAt: string | null;

  @ApiProperty({ example: '2026-11-30T10:00:01.000Z', format: 'date-time', nullable: true, type: String })
  sentAt: string | null;
}

export class DeliveryPageResponseDto extends PageDto {
  @ApiProperty({ type: [DeliveryResponseDto], description: 'Newest first' })
  items: DeliveryResponseDto[];
}
