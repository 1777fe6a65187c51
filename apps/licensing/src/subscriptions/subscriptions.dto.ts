import { PageDto, PageQuery } from '#common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { SubscriptionSummaryResponseDto } from '../shared/subscription.dto.js';
import { trim } from '../shared/transforms.js';

export const SUBSCRIPTION_FILTERS = ['all', 'active', 'expired', 'suspended', 'cancelled'] as const;
export type SubscriptionFilter = (typeof SUBSCRIPTION_FILTERS)[number];

export const SUBSCRIPTION_SORTS = ['endsOn', 'startsOn', 'name'] as const;
export type SubscriptionSort = (typeof SUBSCRIPTION_SORTS)[number];

export class ListSubscriptionsQueryDto extends PageQuery() {
  @ApiPropertyOptional({ enum: SUBSCRIPTION_FILTERS, default: 'all', description: 'By status (`expired` is derived from the end date)' })
  @IsOptional()
  @IsIn(SUBSCRIPTION_FILTERS)
  status?: SubscriptionFilter;

  @ApiPropertyOptional({ enum: SUBSCRIPTION_SORTS, default: 'endsOn' })
  @IsOptional()
  @IsIn(SUBSCRIPTION_SORTS)
  sort?: SubscriptionSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
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
}

export const LICENSE_KEY_SORTS = ['name', 'keyKind', 'quota', 'used', 'vacant', 'expiresOn'] as const;
export type LicenseKeySort = (typeof LICENSE_KEY_SORTS)[number];

export class LicenseKeyListQueryDto extends PageQuery() {
  @ApiPropertyOptional({ enum: LICENSE_KEY_SORTS, description: 'The column to sort by; default: the primary key first, then the sublicenses by creation' })
  @IsOptional()
  @IsIn(LICENSE_KEY_SORTS)
  sort?: LicenseKeySort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';
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

export class SubscriptionListResponseDto extends PageDto {
  @ApiProperty({ type: [SubscriptionSummaryResponseDto] })
  items: SubscriptionSummaryResponseDto[];

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
