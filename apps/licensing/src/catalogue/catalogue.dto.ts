import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageDto, PageQuery, trim, trimLower, trimToNull } from '#common';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUrl, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { DOWNLOAD_KINDS, type DownloadKind } from '#database';
import { ProductResponseDto } from '../shared/subscription.dto.js';

const UUID_EXAMPLE = '6a1f7c52-2b4e-4f0b-9f3c-5d8e1a2b3c4d';
const SHA256_EXAMPLE = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true };

export class CreateProductRequestDto {
  @ApiProperty({ example: 'mac-management', description: 'Stable short code: lowercase letters, digits and dashes' })
  @Transform(trim)
  @Matches(/^[a-z0-9][a-z0-9-]{1,63}$/, { message: 'code must be 2 to 64 lowercase letters, digits and dashes' })
  code: string;

  @ApiProperty({ example: 'Mac Management for Microsoft SCCM', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  name: string;
}

export class ProductListResponseDto extends PageDto {
  @ApiProperty({ type: [ProductResponseDto] })
  items: ProductResponseDto[];
}

export class CreateDownloadRequestDto {
  @ApiProperty({ example: '7.2.1', maxLength: 50, description: 'The product version the item belongs to' })
  @Transform(trim)
  @Matches(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,49}$/, { message: 'version must be like 7.2.1' })
  version: string;

  @ApiProperty({ example: 'Mac Management installer', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'installer', enum: DOWNLOAD_KINDS })
  @IsIn(DOWNLOAD_KINDS)
  kind: DownloadKind;

  @ApiProperty({ example: 184_549_376, minimum: 0, maximum: Number.MAX_SAFE_INTEGER })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  sizeBytes: number;

  @ApiProperty({ example: SHA256_EXAMPLE, description: 'SHA-256 of the file, hex' })
  @Transform(trimLower)
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 hexadecimal characters' })
  sha256: string;

  @ApiProperty({ example: 'https://downloads.example.com/mac-management/7.2.1/setup.msi', maxLength: 2000 })
  @IsUrl(HTTP_URL, { message: 'url must be an http(s) URL' })
  @MaxLength(2000)
  url: string;
}

export class UpdateDownloadRequestDto {
  @ApiPropertyOptional({ example: '7.2.1', maxLength: 50 })
  @IsOptional()
  @Transform(trim)
  @Matches(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,49}$/, { message: 'version must be like 7.2.1' })
  version?: string;

  @ApiPropertyOptional({ example: 'Mac Management installer', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ example: 'document', enum: DOWNLOAD_KINDS })
  @IsOptional()
  @IsIn(DOWNLOAD_KINDS)
  kind?: DownloadKind;

  @ApiPropertyOptional({ example: 2_097_152, minimum: 0, maximum: Number.MAX_SAFE_INTEGER })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  sizeBytes?: number;

  @ApiPropertyOptional({ example: SHA256_EXAMPLE })
  @IsOptional()
  @Transform(trimLower)
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 hexadecimal characters' })
  sha256?: string;

  @ApiPropertyOptional({ example: 'https://downloads.example.com/mac-management/7.2.1/guide.pdf' })
  @IsOptional()
  @IsUrl(HTTP_URL, { message: 'url must be an http(s) URL' })
  @MaxLength(2000)
  url?: string;
}

export class DownloadResponseDto {
  @ApiProperty({ example: UUID_EXAMPLE, format: 'uuid' })
  id: string;

  @ApiProperty({ example: UUID_EXAMPLE, format: 'uuid' })
  productId: string;

  @ApiProperty({ example: '7.2.1' })
  version: string;

  @ApiProperty({ example: 'Mac Management installer' })
  name: string;

  @ApiProperty({ example: 'installer', enum: DOWNLOAD_KINDS })
  kind: DownloadKind;

  @ApiProperty({ example: 184_549_376 })
  sizeBytes: number;

  @ApiProperty({ example: SHA256_EXAMPLE })
  sha256: string;

  @ApiProperty({ example: 'https://downloads.example.com/mac-management/7.2.1/setup.msi' })
  url: string;

  @ApiProperty({ example: '2026-11-30T10:00:00.000Z', format: 'date-time' })
  updatedAt: string;
}

export class DownloadListResponseDto extends PageDto {
  @ApiProperty({ type: [DownloadResponseDto], description: 'Newest version first, then kind and name' })
  items: DownloadResponseDto[];

  @ApiProperty({ example: ['7.10.0', '7.2.1'], type: [String], description: "Every version with downloads, newest first (whatever `version` asks), for the selector" })
  versions: string[];
}

export class OperatorDownloadsQueryDto extends PageQuery() {
  @ApiPropertyOptional({ example: '7.2.1', description: 'Only the downloads of this version; default: every version' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  version?: string;
}

export class DownloadsQueryDto extends PageQuery() {
  @ApiPropertyOptional({ example: '7.2.1', description: 'One product version; default: the newest' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  version?: string;
}

export class ProductDownloadsResponseDto extends PageDto {
  @ApiProperty({ type: ProductResponseDto })
  product: ProductResponseDto;

  @ApiProperty({ example: ['7.2.1', '7.1.0'], type: [String], description: 'Versions with downloads, newest first' })
  versions: string[];

  @ApiProperty({ example: '7.2.1', nullable: true, type: String, description: 'The version listed' })
  version: string | null;

  @ApiProperty({ type: [DownloadResponseDto] })
  items: DownloadResponseDto[];
}

export class SupportContactRequestDto {
  @ApiPropertyOptional({ example: 'support@vendor.example', nullable: true, type: String })
  @IsOptional()
  @Transform(trimToNull)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ example: '+41 52 672 20 30', nullable: true, type: String })
  @IsOptional()
  @Transform(trimToNull)
  @Matches(/^\+?[0-9 ()./-]{4,40}$/, { message: 'phone must be a phone number' })
  phone?: string | null;

  @ApiPropertyOptional({ example: 'https://support.vendor.example/mac-management', nullable: true, type: String })
  @IsOptional()
  @Transform(trimToNull)
  @IsUrl(HTTP_URL, { message: 'url must be an http(s) URL' })
  @MaxLength(2000)
  url?: string | null;

  @ApiPropertyOptional({ example: '24/7', nullable: true, type: String, maxLength: 200 })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(200)
  hours?: string | null;
}

export class SupportContactResponseDto {
  @ApiProperty({ type: ProductResponseDto })
  product: ProductResponseDto;

  @ApiProperty({ example: 'support@vendor.example', nullable: true, type: String })
  email: string | null;

  @ApiProperty({ example: '+41 52 672 20 30', nullable: true, type: String })
  phone: string | null;

  @ApiProperty({ example: 'https://support.vendor.example/mac-management', nullable: true, type: String })
  url: string | null;

  @ApiProperty({ example: '24/7', nullable: true, type: String })
  hours: string | null;
}

export class AccountSupportResponseDto {
  @ApiProperty({ example: UUID_EXAMPLE, format: 'uuid' })
  accountId: string;

  @ApiProperty({ example: '19240-41140', description: 'Quote it when contacting support' })
  supportCode: string;

  @ApiProperty({ type: [SupportContactResponseDto], description: 'For each product the account has a subscription of' })
  products: SupportContactResponseDto[];
}
