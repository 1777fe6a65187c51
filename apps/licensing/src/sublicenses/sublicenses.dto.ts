import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { trim } from '#common';
import { IsCalendarDate } from '../shared/validators.js';

export class CreateSublicenseRequestDto {
  @ApiPropertyOptional({ example: 'Berlin site', minLength: 1, maxLength: 100, description: 'Default: "License Key N"' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiProperty({ example: 5, minimum: 1, maximum: 1_000_000, description: 'Licenses taken from the primary key\'s vacant licenses' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quota: number;

  @ApiPropertyOptional({ example: true, default: true, description: 'Follow the subscription end date and its renewals' })
  @IsOptional()
  @IsBoolean()
  renewsWithSubscription?: boolean;

  @ApiPropertyOptional({
    example: '2026-09-30',
    format: 'date',
    nullable: true,
    type: String,
    description: 'Own expiry, only with renewsWithSubscription false; not after the subscription end',
  })
  @IsOptional()
  @IsCalendarDate()
  expiresOn?: string | null;
}

export class UpdateSublicenseRequestDto {
  @ApiPropertyOptional({ example: 'Berlin site', minLength: 1, maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ example: 8, minimum: 1, maximum: 1_000_000, description: 'An increase comes from the primary key\'s vacant licenses; never below the key\'s usage' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quota?: number;

  @ApiPropertyOptional({ example: false })
  @IsOptional()
  @IsBoolean()
  renewsWithSubscription?: boolean;

  @ApiPropertyOptional({ example: '2026-09-30', format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsCalendarDate()
  expiresOn?: string | null;
}
