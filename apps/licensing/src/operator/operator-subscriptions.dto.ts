import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { LICENSE_STATES, trim, trimToNull, type LicenseState } from '#common';
import { ORDER_KINDS, SUBSCRIPTION_STATUSES, type OrderKind, type SubscriptionStatus } from '#database';
import { ContractResponseDto, LicenseKeyResponseDto, ProductResponseDto, SubscriptionSummaryResponseDto } from '../shared/subscription.dto.js';
import { ApiNullableObject } from '../shared/openapi.js';
import { IsCalendarDate } from '../shared/validators.js';

export const TRIAL_DEFAULT_QUANTITY = 5;
export const TRIAL_MAX_QUANTITY = 25;
export const TRIAL_MAX_DAYS = 90;

const UUID_EXAMPLE = '0d3c1b9a-7e6f-4a5b-8c9d-0e1f2a3b4c5d';

class ContractFieldsDto {
  @ApiPropertyOptional({ example: 'C-2026-00042', maxLength: 100, nullable: true, type: String })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(100)
  contractNumber?: string | null;

  @ApiPropertyOptional({ example: 'direct', enum: ['direct', 'reseller'] })
  @IsOptional()
  @IsIn(['direct', 'reseller'])
  salesChannel?: 'direct' | 'reseller';

  @ApiPropertyOptional({ example: 'Contoso Reseller GmbH', maxLength: 200, nullable: true, type: String })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(200)
  resellerName?: string | null;

  @ApiPropertyOptional({ example: 'Support included. Net 30.', maxLength: 5000, nullable: true, type: String })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(5000)
  contractTerms?: string | null;
}

export class CreateSubscriptionRequestDto extends ContractFieldsDto {
  @ApiPropertyOptional({ example: 'mac-management', default: 'mac-management' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  productCode?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The business account it is for; omit for a subscription the customer registers with its key',
  })
  @IsOptional()
  @IsUUID()
  accountId?: string | null;

  @ApiPropertyOptional({ example: 'Mac Management Subscription', maxLength: 200, description: 'Default: "<product> Subscription" (or "Trial")' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ example: false, default: false, description: `A trial: defaults to ${TRIAL_DEFAULT_QUANTITY} licenses, at most ${TRIAL_MAX_QUANTITY} for at most ${TRIAL_MAX_DAYS} days` })
  @IsOptional()
  @IsBoolean()
  isTrial?: boolean;

  @ApiPropertyOptional({ example: 50, minimum: 1, maximum: 1_000_000, description: 'Licenses; required unless a trial' })
  @ValidateIf((o: CreateSubscriptionRequestDto) => !o.isTrial || o.quantity !== undefined)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity?: number;

  @ApiPropertyOptional({ example: '2026-01-01', format: 'date', description: 'Default: today' })
  @IsOptional()
  @IsCalendarDate()
  startsOn?: string;

  @ApiProperty({
    example: '2026-12-31',
    format: 'date',
    description: `Last valid day, not before \`startsOn\` (400 INVALID_PERIOD); a trial lasts at most ${TRIAL_MAX_DAYS} days (422 TRIAL_LIMIT_EXCEEDED).`,
  })
  @IsCalendarDate()
  endsOn: string;

  @ApiPropertyOptional({ example: true, default: false })
  @IsOptional()
  @IsBoolean()
  renewalEnabled?: boolean;

  @ApiPropertyOptional({ example: 'SO-118822', maxLength: 100, description: 'Sales order reference for the order history' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  reference?: string;
}

export class UpdateSubscriptionRequestDto extends ContractFieldsDto {
  @ApiPropertyOptional({ example: 'Mac Management Subscription', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @IsBoolean()
  renewalEnabled?: boolean;
}

export class OrderReferenceRequestDto {
  @ApiPropertyOptional({ example: 'SO-118900', maxLength: 100, description: 'Sales order / ticket reference for the order history' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  reference?: string;
}

export class UpgradeSubscriptionRequestDto extends OrderReferenceRequestDto {
  @ApiProperty({ example: 10, minimum: 1, maximum: 1_000_000, description: 'Licenses to add; the primary key gets them' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  additionalQuantity: number;
}

export class RenewSubscriptionRequestDto extends OrderReferenceRequestDto {
  @ApiProperty({ example: '2027-12-31', format: 'date', description: 'The new end date, later than the current one' })
  @IsCalendarDate()
  endsOn: string;
}

export class OperatorOrderResponseDto {
  @ApiProperty({ example: UUID_EXAMPLE, format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'renewal', enum: ORDER_KINDS })
  kind: OrderKind;

  @ApiProperty({ example: 0 })
  quantityChange: number;

  @ApiProperty({ example: '2026-12-31', format: 'date', nullable: true, type: String })
  endsOnBefore: string | null;

  @ApiProperty({ example: '2027-12-31', format: 'date', nullable: true, type: String })
  endsOnAfter: string | null;

  @ApiProperty({ example: 'SO-118900', nullable: true, type: String })
  reference: string | null;

  @ApiProperty({ example: UUID_EXAMPLE, format: 'uuid', nullable: true, type: String, description: 'The operator who made the change' })
  performedBy: string | null;

  @ApiProperty({ example: '2026-11-30T10:00:00.000Z', format: 'date-time' })
  createdAt: string;
}

export class AccountRefResponseDto {
  @ApiProperty({ example: UUID_EXAMPLE, format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'My Company, Inc.' })
  companyName: string;

  @ApiProperty({ example: '19240-41140' })
  supportCode: string;
}

export class OperatorSubscriptionSummaryResponseDto extends SubscriptionSummaryResponseDto {
  @ApiNullableObject(AccountRefResponseDto, 'Null until the key is registered')
  account: AccountRefResponseDto | null;
}

export class OperatorSubscriptionResponseDto {
  @ApiProperty({ example: UUID_EXAMPLE, format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Mac Management Subscription' })
  name: string;

  @ApiProperty({ example: 'active', enum: LICENSE_STATES })
  status: LicenseState;

  @ApiProperty({ example: 'active', enum: SUBSCRIPTION_STATUSES, description: 'The stored status (an expired one is stored `active`)' })
  storedStatus: SubscriptionStatus;

  @ApiProperty({ type: ProductResponseDto })
  product: ProductResponseDto;

  @ApiNullableObject(AccountRefResponseDto, 'Null until the key is registered')
  account: AccountRefResponseDto | null;

  @ApiProperty({ example: 50 })
  quantity: number;

  @ApiProperty({ example: '2026-01-01', format: 'date' })
  startsOn: string;

  @ApiProperty({ example: '2026-12-31', format: 'date' })
  endsOn: string;

  @ApiProperty({ example: false })
  renewalEnabled: boolean;

  @ApiProperty({ example: false })
  isTrial: boolean;

  @ApiProperty({ example: null, format: 'date-time', nullable: true, type: String })
  registeredAt: string | null;

  @ApiProperty({ type: ContractResponseDto })
  contract: ContractResponseDto;

  @ApiProperty({ type: [OperatorOrderResponseDto] })
  orders: OperatorOrderResponseDto[];

  @ApiProperty({ type: [LicenseKeyResponseDto], description: 'Keys in full' })
  licenseKeys: LicenseKeyResponseDto[];

  @ApiProperty({ example: '2026-11-30T10:00:00.000Z', format: 'date-time' })
  createdAt: string;
}

export class CreateSubscriptionResponseDto {
  @ApiProperty({ example: UUID_EXAMPLE, format: 'uuid', description: 'The subscription id' })
  id: string;

  @ApiProperty({ example: 'ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2', description: 'The primary license key, to hand to the customer' })
  key: string;

  @ApiProperty({ type: OperatorSubscriptionResponseDto })
  subscription: OperatorSubscriptionResponseDto;
}
