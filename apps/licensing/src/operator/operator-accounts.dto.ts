import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { trim } from '#common';
import { LICENSE_KEY_KINDS, type LicenseKeyKind } from '#database';
import { OperatorSubscriptionResponseDto, OperatorSubscriptionSummaryResponseDto } from './operator-subscriptions.dto.js';

const UUID_EXAMPLE = '9b2d7f0e-4c1a-4f51-8e3a-2d6c5b4a3f21';

export class SetOfflineOperationsRequestDto {
  @ApiProperty({ example: true, description: 'Turning it on emails the account\'s admins' })
  @IsBoolean()
  enabled: boolean;
}

export class OfflineOperationsResponseDto {
  @ApiProperty({ example: UUID_EXAMPLE, format: 'uuid' })
  accountId: string;

  @ApiProperty({ example: true })
  offlineOperationsEnabled: boolean;

  @ApiProperty({ example: '2026-11-30T10:00:00.000Z', format: 'date-time' })
  updatedAt: string;
}

export class OperatorAccountResponseDto {
  @ApiProperty({ example: UUID_EXAMPLE, format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'My Company, Inc.' })
  companyName: string;

  @ApiProperty({ example: 'US' })
  country: string;

  @ApiProperty({ example: '19240-41140' })
  supportCode: string;

  @ApiProperty({ example: false })
  offlineOperationsEnabled: boolean;

  @ApiProperty({ example: '2026-01-03T09:12:00.000Z', format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: [OperatorSubscriptionSummaryResponseDto] })
  subscriptions: OperatorSubscriptionSummaryResponseDto[];
}

export class AccountSearchQueryDto {
  @ApiPropertyOptional({ example: '19240-41140', description: 'Exact support code (with or without the dash)' })
  @IsOptional()
  @Transform(trim)
  @Matches(/^\d{5}-?\d{5}$/, { message: 'supportCode must be two groups of five digits' })
  supportCode?: string;

  @ApiPropertyOptional({ example: 'My Comp', minLength: 2, maxLength: 200, description: 'Part of the company name, any case' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  company?: string;
}

export class AccountSearchResponseDto {
  @ApiProperty({ type: [OperatorAccountResponseDto], description: 'At most 50, by company name' })
  items: OperatorAccountResponseDto[];
}

export class KeyLookupRequestDto {
  @ApiProperty({ example: 'ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2', description: 'Any key (primary or sublicense); sent in the body so it stays out of URLs and logs' })
  @IsString()
  @MaxLength(100)
  key: string;
}

export class MatchedKeyResponseDto {
  @ApiProperty({ example: UUID_EXAMPLE, format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'reserved', enum: LICENSE_KEY_KINDS })
  type: LicenseKeyKind;

  @ApiProperty({ example: 'Berlin site' })
  name: string;
}

export class KeyLookupResponseDto {
  @ApiProperty({ type: MatchedKeyResponseDto })
  matchedKey: MatchedKeyResponseDto;

  @ApiProperty({ type: OperatorSubscriptionResponseDto })
  subscription: OperatorSubscriptionResponseDto;
}
