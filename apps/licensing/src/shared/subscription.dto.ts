import { ApiProperty } from '@nestjs/swagger';
import { PageDto } from '#common';
import { ApiNullableObject } from './openapi.js';
import { LICENSE_KEY_KINDS, ORDER_KINDS, type LicenseKeyKind, type OrderKind } from '#database';
import { EFFECTIVE_STATUSES, type EffectiveStatus } from './status.js';

const UUID_EXAMPLE = '6a1f7c52-2b4e-4f0b-9f3c-5d8e1a2b3c4d';

export class ProductResponseDto {
  @ApiProperty({ example: UUID_EXAMPLE, format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'mac-management' })
  code: string;

  @ApiProperty({ example: 'Mac Management for Microsoft SCCM' })
  name: string;
}

export class ContractResponseDto {
  @ApiProperty({ example: 'C-2026-00042', nullable: true, type: String })
  contractNumber: string | null;

  @ApiProperty({ example: 'reseller', enum: ['direct', 'reseller'] })
  salesChannel: 'direct' | 'reseller';

  @ApiProperty({ example: 'Contoso Reseller GmbH', nullable: true, type: String })
  resellerName: string | null;

  @ApiProperty({ example: 'Net 30, support included', nullable: true, type: String })
  terms: string | null;
}

export class OrderResponseDto {
  @ApiProperty({ example: UUID_EXAMPLE, format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'upgrade', enum: ORDER_KINDS })
  kind: OrderKind;

  @ApiProperty({ example: 5, description: 'Licenses added by this order (0 when none)' })
  quantityChange: number;

  @ApiProperty({ example: '2026-12-31', format: 'date', nullable: true, type: String })
  endsOnBefore: string | null;

  @ApiProperty({ example: '2027-12-31', format: 'date', nullable: true, type: String })
  endsOnAfter: string | null;

  @ApiProperty({ example: 'SO-118822', nullable: true, type: String, description: 'Sales order or invoice reference' })
  reference: string | null;

  @ApiProperty({ example: '2026-11-30T10:00:00.000Z', format: 'date-time' })
  createdAt: string;
}

export class SubscriptionSummaryResponseDto {
  @ApiProperty({ example: UUID_EXAMPLE, format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Mac Management Subscription' })
  name: string;

  @ApiProperty({ example: 'active', enum: EFFECTIVE_STATUSES, description: '`expired` is derived from the end date' })
  status: EffectiveStatus;

  @ApiProperty({ type: ProductResponseDto })
  product: ProductResponseDto;

  @ApiProperty({ example: 50, description: 'Licenses (managed computers)' })
  quantity: number;

  @ApiProperty({ example: '2026-01-01', format: 'date' })
  startsOn: string;

  @ApiProperty({ example: '2026-12-31', format: 'date', description: 'Last valid day' })
  endsOn: string;

  @ApiProperty({ example: false })
  renewalEnabled: boolean;

  @ApiProperty({ example: false })
  isTrial: boolean;

  @ApiProperty({ example: false, description: 'Ends within 30 days' })
  expiringSoon: boolean;
}

export class SubscriptionDetailsResponseDto extends SubscriptionSummaryResponseDto {
  @ApiProperty({ example: '2026-01-03T09:12:00.000Z', format: 'date-time', nullable: true, type: String })
  registeredAt: string | null;

  @ApiProperty({ type: ContractResponseDto })
  contract: ContractResponseDto;

  @ApiProperty({ type: [OrderResponseDto], description: 'Order history, oldest first' })
  orders: OrderResponseDto[];
}

export class InstallationRefResponseDto {
  @ApiProperty({ example: UUID_EXAMPLE, format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'sccm-proxy-01.corp.example' })
  serverName: string;
}

export class LicenseKeyResponseDto {
  @ApiProperty({ example: UUID_EXAMPLE, format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Primary Key' })
  name: string;

  @ApiProperty({ example: 'primary', enum: LICENSE_KEY_KINDS, description: '`primary`, or `reserved` for a sublicense' })
  keyKind: LicenseKeyKind;

  @ApiProperty({
    example: '•••••-•••••-•••••-•••••-K7Q2M',
    description: 'In full for account administrators and operators, masked for members',
  })
  key: string;

  @ApiProperty({ example: true, description: 'Whether `key` is masked' })
  keyMasked: boolean;

  @ApiProperty({ example: 10 })
  quota: number;

  @ApiProperty({ example: 4, description: 'Managed computers last reported by the installation using the key' })
  used: number;

  @ApiProperty({ example: 6, description: 'quota - used, never below 0' })
  vacant: number;

  @ApiProperty({ example: true, description: 'Follows the subscription end date and its renewals' })
  renewsWithSubscription: boolean;

  @ApiProperty({ example: '2026-12-31', format: 'date', description: 'Effective expiry' })
  expiresOn: string;

  @ApiProperty({ example: false })
  expired: boolean;

  @ApiNullableObject(InstallationRefResponseDto, 'The active installation using the key')
  installation: InstallationRefResponseDto | null;
}

export class LicenseKeyListResponseDto extends PageDto {
  @ApiProperty({ type: [LicenseKeyResponseDto], description: 'In the order asked for; by default the primary key first, then the sublicenses' })
  items: LicenseKeyResponseDto[];
}
