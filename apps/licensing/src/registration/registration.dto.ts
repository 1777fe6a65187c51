import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsISO31661Alpha2, IsObject, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { trim, trimUpper } from '#common';
import { SubscriptionSummaryResponseDto } from '../shared/subscription.dto.js';

/** Countries whose addresses need a state or province. */
export const COUNTRIES_WITH_STATES = new Set(['US', 'CA', 'AU']);

export class BusinessDetailsRequestDto {
  @ApiProperty({ example: 'My Company, Inc.', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  companyName: string;

  @ApiProperty({ example: 'US', description: 'ISO 3166-1 alpha-2' })
  @Transform(trimUpper)
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code, e.g. US' })
  country: string;

  @ApiProperty({ example: '94105', maxLength: 20 })
  @Transform(trim)
  @IsString()
  @Length(1, 20)
  zip: string;

  @ApiProperty({ example: '+1 415 555 0100', maxLength: 40 })
  @Transform(trim)
  @IsString()
  @Matches(/^\+?[0-9 ()./-]{4,40}$/, { message: 'phone must be a phone number (digits, spaces, + ( ) . / -)' })
  phone: string;

  @ApiPropertyOptional({ example: '500 Howard St', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  street?: string;

  @ApiPropertyOptional({ example: 'San Francisco', maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  city?: string;

  @ApiPropertyOptional({ example: 'CA', maxLength: 100, description: 'Required for US, CA and AU' })
  @ValidateIf((o: BusinessDetailsRequestDto) => COUNTRIES_WITH_STATES.has(String(o.country)) || o.state !== undefined)
  @Transform(trim)
  @IsString({ message: 'state is required for this country' })
  @Length(1, 100, { message: 'state is required for this country (1 to 100 characters)' })
  state?: string;
}

export class RegisterLicenseKeyRequestDto {
  @ApiProperty({ example: 'ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2', description: 'The primary license key; any case, spaces and dashes ignored' })
  @IsString()
  @MaxLength(100)
  key: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Register to this business account (you must be its admin). Give this or `business`.' })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @ApiPropertyOptional({ type: BusinessDetailsRequestDto, description: 'Create a business account with you as its admin, and register to it' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => BusinessDetailsRequestDto)
  business?: BusinessDetailsRequestDto;
}

export class RegistrationResponseDto {
  @ApiProperty({ example: '9b2d7f0e-4c1a-4f51-8e3a-2d6c5b4a3f21', format: 'uuid', description: 'The account the subscription now belongs to' })
  accountId: string;

  @ApiProperty({ example: true, description: 'Whether the business account was created by this request' })
  accountCreated: boolean;

  @ApiProperty({ type: SubscriptionSummaryResponseDto })
  subscription: SubscriptionSummaryResponseDto;
}
