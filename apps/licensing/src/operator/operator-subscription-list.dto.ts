import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageDto, PageQuery } from '#common';
import { EXPIRING_SOON_DAYS } from '../shared/status.js';
import { trim } from '../shared/transforms.js';
import { IsCalendarDate } from '../shared/validators.js';
import { SUBSCRIPTION_FILTERS, SubscriptionCountsResponseDto, type SubscriptionFilter } from '../subscriptions/subscriptions.dto.js';
import { OperatorSubscriptionSummaryResponseDto } from './operator-subscriptions.dto.js';

export const OPERATOR_SUBSCRIPTION_SORTS = ['endsOn', 'startsOn', 'createdAt', 'name'] as const;
export type OperatorSubscriptionSort = (typeof OPERATOR_SUBSCRIPTION_SORTS)[number];

/** `true` / `false` in a query string; anything else is left for the validator to refuse. */
const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

class OperatorSubscriptionFilters {
  @ApiPropertyOptional({ enum: SUBSCRIPTION_FILTERS, default: 'all', description: 'By status (`expired` is derived from the end date)' })
  @IsOptional()
  @IsIn(SUBSCRIPTION_FILTERS)
  status?: SubscriptionFilter;

  @ApiPropertyOptional({ example: '2026-12-01', format: 'date', description: 'Ending on or after this day' })
  @IsOptional()
  @IsCalendarDate()
  endsFrom?: string;

  @ApiPropertyOptional({ example: '2026-12-31', format: 'date', description: 'Ending on or before this day' })
  @IsOptional()
  @IsCalendarDate()
  endsTo?: string;

  @ApiPropertyOptional({ type: Boolean, example: true, description: `true: active and ending within ${EXPIRING_SOON_DAYS} days (today included)` })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  expiringSoon?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this product' })
  @IsOptional()
  @IsUUID()
  productId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this business account' })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @ApiPropertyOptional({ example: 'Berlin', maxLength: 200, description: 'Part of the subscription name, the company name or the support code, any case' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  search?: string;

  @ApiPropertyOptional({ enum: OPERATOR_SUBSCRIPTION_SORTS, default: 'endsOn' })
  @IsOptional()
  @IsIn(OPERATOR_SUBSCRIPTION_SORTS)
  sort?: OperatorSubscriptionSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';
}

export class ListOperatorSubscriptionsQueryDto extends PageQuery(OperatorSubscriptionFilters) {}

export class OperatorSubscriptionListResponseDto extends PageDto {
  @ApiProperty({ type: [OperatorSubscriptionSummaryResponseDto] })
  items: OperatorSubscriptionSummaryResponseDto[];

  @ApiProperty({ type: SubscriptionCountsResponseDto, description: 'Per status, for the filter menu: every filter applies but `status`' })
  counts: SubscriptionCountsResponseDto;
}
