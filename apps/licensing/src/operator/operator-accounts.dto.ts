import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, MaxLength } from 'class-validator';
import { LICENSE_KEY_KINDS, type LicenseKeyKind } from '#database';
import { OperatorSubscriptionResponseDto } from './operator-subscriptions.dto.js';

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
  keyKind: LicenseKeyKind;

  @ApiProperty({ example: 'Berlin site' })
  name: string;
}

export class KeyLookupResponseDto {
  @ApiProperty({ type: MatchedKeyResponseDto })
  matchedKey: MatchedKeyResponseDto;

  @ApiProperty({ type: OperatorSubscriptionResponseDto })
  subscription: OperatorSubscriptionResponseDto;
}
