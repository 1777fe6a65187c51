import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { toInt, trim } from '#common';
import { SubscriptionSummaryResponseDto } from '../shared/subscription.dto.js';

export const SUBSCRIPTION_FILTERS = ['all', 'active', 'expired', 'suspended', 'cancelled'] as const;
export type SubscriptionFilter = (typeof SUBSCRIPTION_FILTERS)[number];

export class ListSubscriptionsQueryDto {
  @ApiPropertyOptional({ enum: SUBSCRIPTION_FILTERS, default: 'all', description: 'By status (`expired` is derived from the end date)' })
  @IsOptional()
  @IsIn(SUBSCRIPTION_FILTERS)
  status?: SubscriptionFilter;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc', description: 'Sort by end date' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';

  @ApiPropertyOptional({ example: 'Berlin', maxLength: 200, description: 'Part of the subscription name, any case' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  search?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this product' })
  @IsOptional()
  @IsUUID()
  productId?: string;

  @ApiPropertyOptional({ example: 50, default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ example: 0, default: 0, minimum: 0, maximum: 1_000_000 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}

export class SubscriptionCountsResponseDto {
  @ApiProperty({ example: 3 })
  all: number;

  @ApiProperty({ example: 2 })
  active: number;

  @ApiProperty({ example: 1 })
  expired: number;

  @ApiProperty({ example: 0 })
  suspended: number;

  @ApiProperty({ example: 0 })
  cancelled: number;
}

export class SubscriptionListResponseDto {
  @ApiProperty({ type: [SubscriptionSummaryResponseDto] })
  items: SubscriptionSummaryResponseDto[];

  @ApiProperty({ example: 1, description: 'Matches of the filter and search, before paging' })
  total: number;

  @ApiProperty({ type: SubscriptionCountsResponseDto, description: 'Per status, for the filter menu (search ignored)' })
  counts: SubscriptionCountsResponseDto;
}

export class RenameSubscriptionRequestDto {
  @ApiProperty({ example: 'Berlin office', minLength: 1, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  name: string;
}
