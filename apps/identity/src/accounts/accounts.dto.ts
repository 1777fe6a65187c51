import { PageDto } from '#common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { trim, trimToNull, upperTrim } from '../common/transforms.js';
import { COUNTRY_CODES } from './countries.js';

const PHONE = /^(?=(?:\D*\d){5})[0-9+()./\s-]{5,40}$/;
const PHONE_MESSAGE = 'phone must be 5 to 40 characters of digits, spaces and + ( ) . / - with at least 5 digits';
const ZIP = /^[A-Za-z0-9][A-Za-z0-9 -]{0,19}$/;
const ZIP_MESSAGE = 'zip must be 1 to 20 letters, digits, spaces or dashes';
const COUNTRY_MESSAGE = 'country must be an ISO 3166-1 alpha-2 code, e.g. US or DE';

export class CreateAccountRequestDto {
  @ApiProperty({ example: 'Any Company, Inc', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  companyName: string;

  @ApiProperty({ example: 'US', description: 'ISO 3166-1 alpha-2 country code', minLength: 2, maxLength: 2 })
  @Transform(upperTrim)
  @IsIn(COUNTRY_CODES, { message: COUNTRY_MESSAGE })
  country: string;

  @ApiPropertyOptional({ example: 'NY', nullable: true, type: String, maxLength: 100, description: 'Required for US addresses, as a state code' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @Length(1, 100)
  state?: string | null;

  @ApiPropertyOptional({ example: 'New York', nullable: true, type: String, maxLength: 100 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @Length(1, 100)
  city?: string | null;

  @ApiPropertyOptional({ example: '123 Main Street', nullable: true, type: String, maxLength: 200 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @Length(1, 200)
  street?: string | null;

  @ApiProperty({ example: '10006', maxLength: 20, description: 'ZIP / postal code (for the US: 12345 or 12345-6789)' })
  @Transform(trim)
  @IsString()
  @Matches(ZIP, { message: ZIP_MESSAGE })
  zip: string;

  @ApiProperty({ example: '1(800)123-4567', maxLength: 40 })
  @Transform(trim)
  @IsString()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone: string;
}

/** Only the fields given change; `null` clears an optional field. */
export class UpdateAccountRequestDto {
  @ApiPropertyOptional({ example: 'Any Company, Inc', maxLength: 200 })
  @ValidateIf((o: UpdateAccountRequestDto) => o.companyName !== undefined)
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  companyName?: string;

  @ApiPropertyOptional({ example: 'US', description: 'ISO 3166-1 alpha-2 country code' })
  @ValidateIf((o: UpdateAccountRequestDto) => o.country !== undefined)
  @Transform(upperTrim)
  @IsIn(COUNTRY_CODES, { message: COUNTRY_MESSAGE })
  country?: string;

  @ApiPropertyOptional({ example: 'NY', nullable: true, type: String, maxLength: 100 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @Length(1, 100)
  state?: string | null;

  @ApiPropertyOptional({ example: 'New York', nullable: true, type: String, maxLength: 100 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @Length(1, 100)
  city?: string | null;

  @ApiPropertyOptional({ example: '123 Main Street', nullable: true, type: String, maxLength: 200 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @Length(1, 200)
  street?: string | null;

  @ApiPropertyOptional({ example: '10006', maxLength: 20 })
  @ValidateIf((o: UpdateAccountRequestDto) => o.zip !== undefined)
  @Transform(trim)
  @IsString()
  @Matches(ZIP, { message: ZIP_MESSAGE })
  zip?: string;

  @ApiPropertyOptional({ example: '1(800)123-4567', maxLength: 40 })
  @ValidateIf((o: UpdateAccountRequestDto) => o.phone !== undefined)
  @Transform(trim)
  @IsString()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string;
}

export class MyMembershipDto {
  @ApiProperty({ example: '5d7f6a1e-2b3c-4d5e-8f90-a1b2c3d4e5f6', format: 'uuid', description: 'The membership id (member id)' })
  id: string;

  @ApiProperty({ example: 'admin', enum: ['member', 'admin'] })
  role: 'member' | 'admin';

  @ApiProperty({ example: 'active', enum: ['active', 'blocked'] })
  status: 'active' | 'blocked';

  @ApiProperty({ example: '2026-10-16T09:30:00.000Z', format: 'date-time' })
  memberSince: string;
}

export class AccountAdminDto {
  @ApiProperty({ example: '3f0c6a9e-6d1f-4c1e-9a57-1d1b2a7f0c11', format: 'uuid' })
  userId: string;

  @ApiProperty({ example: 'John' })
  firstName: string;

  @ApiProperty({ example: 'Brown' })
  lastName: string;

  @ApiProperty({ example: 'john.brown@example.com' })
  email: string;
}

export class AccountResponseDto {
  @ApiProperty({ example: '9b1f0c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d', format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Any Company, Inc' })
  companyName: string;

  @ApiProperty({ example: 'US' })
  country: string;

  @ApiProperty({ example: 'United States' })
  countryName: string;

  @ApiProperty({ example: 'NY', nullable: true, type: String })
  state: string | null;

  @ApiProperty({ example: 'New York', nullable: true, type: String })
  city: string | null;

  @ApiProperty({ example: '123 Main Street', nullable: true, type: String })
  street: string | null;

  @ApiProperty({ example: '10006' })
  zip: string;

  @ApiProperty({ example: '1(800)123-4567' })
  phone: string;

  @ApiProperty({ example: '19240-41140', description: 'Quote it when contacting support' })
  supportCode: string;

  @ApiProperty({ example: '2026-10-16T09:30:00.000Z', format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: MyMembershipDto, description: 'The caller\'s membership' })
  membership: MyMembershipDto;

  @ApiProperty({ type: [AccountAdminDto], description: 'The active administrators' })
  admins: AccountAdminDto[];
}

export class AccountSummaryDto {
  @ApiProperty({ example: '9b1f0c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d', format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Any Company, Inc' })
  companyName: string;

  @ApiProperty({ example: 'member', enum: ['member', 'admin'] })
  role: 'member' | 'admin';

  @ApiProperty({ example: 'active', enum: ['active', 'blocked'], description: 'A blocked membership gives no access to the account' })
  status: 'active' | 'blocked';

  @ApiProperty({ example: '2026-10-16T09:30:00.000Z', format: 'date-time' })
  memberSince: string;
}

export class AccountListResponseDto extends PageDto {
  @ApiProperty({ type: [AccountSummaryDto] })
  items: AccountSummaryDto[];
}
