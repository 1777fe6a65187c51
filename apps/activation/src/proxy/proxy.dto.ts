import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDateString, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { INSTALLATION_FIELD_LIMITS, LICENSE_DOCUMENT_TYPES, LICENSE_STATUSES, trim, type LicenseDocumentType, type LicenseStatus } from '#common';

const EXAMPLE_KEY = 'K7Q2M-3XW9P-ZR4TB-HN8CV-5FJ6D';
const EXAMPLE_MASKED = '•••••-•••••-•••••-•••••-5FJ6D';
const MAX_COMPUTERS = 10_000_000;

export class VerifyKeyRequestDto {
  @ApiProperty({ example: EXAMPLE_KEY, description: 'The license key as typed (any case; spaces and dashes ignored)' })
  @IsString()
  @MaxLength(64)
  key: string;
}

export class LicenseInfoDto {
  @ApiProperty({ example: EXAMPLE_MASKED, nullable: true, type: String, description: 'Masked: only the last group is shown' })
  licenseKey: string | null;

  @ApiProperty({ example: 'primary', enum: ['primary', 'reserved', null], nullable: true, description: 'Null when the key is gone (sublicense deleted)' })
  keyKind: 'primary' | 'reserved' | null;

  @ApiProperty({ example: '2026-01-15', format: 'date', nullable: true, type: String })
  startsOn: string | null;

  @ApiProperty({ example: '2027-01-14', format: 'date', nullable: true, type: String, description: 'Last day the key is valid (UTC)' })
  endsOn: string | null;

  @ApiProperty({ example: 50, description: 'Number of licenses: managed computers allowed' })
  quota: number;

  @ApiProperty({ example: 12, description: 'Managed computers last reported by the installation using the key' })
  used: number;

  @ApiProperty({ example: 38 })
  vacant: number;

  @ApiProperty({ example: 'active', enum: LICENSE_STATUSES })
  status: LicenseStatus;
}

export class VerifyKeyResponseDto extends LicenseInfoDto {
  @ApiProperty({ example: false, description: 'Another installation is active with this key: activation would be refused (KEY_IN_USE)' })
  inUse: boolean;
}

export class LicensePayloadDto extends LicenseInfoDto {
  @ApiProperty({ example: 'license', enum: LICENSE_DOCUMENT_TYPES })
  type: LicenseDocumentType;

  @ApiProperty({ example: 1, enum: [1] })
  version: 1;

  @ApiProperty({ example: '0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10', format: 'uuid' })
  installationId: string;

  @ApiProperty({ example: '6a1d0c4e-8f2b-4c3a-9e5d-7b6a5c4d3e2f', format: 'uuid' })
  accountId: string;

  @ApiProperty({ example: 'Acme Corp' })
  companyName: string;

  @ApiProperty({ example: 'q3Jm0Zb9cT1xWk2LpV8sNa', description: 'Fingerprint of the proxy public key the document is bound to' })
  proxyKeyId: string;

  @ApiProperty({ example: false })
  activatedOffline: boolean;

  @ApiProperty({ example: '2026-11-30T10:00:00.000Z', format: 'date-time' })
  issuedAt: string;

  @ApiProperty({ example: '2026-12-30T10:00:00.000Z', format: 'date-time', description: 'Trust offline until then (never after the key ends)' })
  validUntil: string;

  @ApiPropertyOptional({ example: 'pV0y4mQk3Jd7wTq9ZxL2bA', description: 'Offline files: the nonce of the request file answered' })
  inResponseTo?: string;
}

export class SignedLicenseDocumentDto {
  @ApiProperty({ type: LicensePayloadDto })
  payload: LicensePayloadDto;

  @ApiProperty({ example: 'EdDSA', enum: ['EdDSA'] })
  alg: 'EdDSA';

  @ApiProperty({ example: '2026-11', description: 'Id of the signing key (see GET /proxy/v1/signing-keys)' })
  kid: string;

  @ApiProperty({
    example: 'v1Vq0b6tV2mW5r2p3s5l8cQk0yq4b0m3r9Jx1Hn5o6q7s8t9u0v1w2x3y4z5A6B7C8D9E0F1G2H3I4J5K6L7M8',
    description: 'Ed25519 over the canonical JSON (sorted keys, no whitespace) of { alg, kid, payload }, base64url',
  })
  signature: string;
}

export class ActivateRequestDto {
  @ApiProperty({ example: EXAMPLE_KEY })
  @IsString()
  @MaxLength(64)
  key: string;

  @ApiProperty({ example: 'sccm-proxy-01.corp.example', maxLength: INSTALLATION_FIELD_LIMITS.serverName })
  @Transform(trim)
  @IsString()
  @Length(1, INSTALLATION_FIELD_LIMITS.serverName)
  serverName: string;

  @ApiProperty({ example: 'T12', maxLength: INSTALLATION_FIELD_LIMITS.siteCode })
  @Transform(trim)
  @IsString()
  @Length(1, INSTALLATION_FIELD_LIMITS.siteCode)
  siteCode: string;

  @ApiPropertyOptional({ example: 'Berlin office', maxLength: INSTALLATION_FIELD_LIMITS.siteDescription })
  @IsOptional()
  @IsString()
  @MaxLength(INSTALLATION_FIELD_LIMITS.siteDescription)
  siteDescription?: string;

  @ApiProperty({ example: '6.0.0.74', maxLength: INSTALLATION_FIELD_LIMITS.appVersion })
  @Transform(trim)
  @IsString()
  @Length(1, INSTALLATION_FIELD_LIMITS.appVersion)
  appVersion: string;

  @ApiProperty({
    example: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\n-----END PUBLIC KEY-----\n',
    description: "The proxy's own Ed25519 public key (SPKI PEM): it signs the proxy's offline files",
  })
  @IsString()
  @MaxLength(1000)
  publicKey: string;
}

export class ActivationResponseDto {
  @ApiProperty({ example: '0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10', format: 'uuid' })
  installationId: string;

  @ApiProperty({
    example: '0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10.Jx1Hn5o6q7s8t9u0v1w2x3y4z5A6B7C8D9E0F1G2H3I',
    description: 'Send as `Authorization: Proxy <credential>` on every later call. Shown once; the server keeps only its hash.',
  })
  credential: string;

  @ApiProperty({ type: LicenseInfoDto })
  license: LicenseInfoDto;

  @ApiProperty({ type: SignedLicenseDocumentDto })
  document: SignedLicenseDocumentDto;
}

export class RefreshRequestDto {
  @ApiPropertyOptional({ example: '6.1.0.12', description: 'The app version now running, when it changed' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, INSTALLATION_FIELD_LIMITS.appVersion)
  appVersion?: string;
}

export class RefreshResponseDto {
  @ApiProperty({ example: '0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10', format: 'uuid' })
  installationId: string;

  @ApiProperty({ type: LicenseInfoDto })
  license: LicenseInfoDto;

  @ApiProperty({ type: SignedLicenseDocumentDto })
  document: SignedLicenseDocumentDto;
}

export class UsageReportRequestDto {
  @ApiProperty({ example: '2026-W48', maxLength: INSTALLATION_FIELD_LIMITS.reportId, description: "The proxy's id of this report: a retry with the same id is stored once" })
  @IsString()
  @Length(1, INSTALLATION_FIELD_LIMITS.reportId)
  reportId: string;

  @ApiProperty({ example: 42, minimum: 0, maximum: MAX_COMPUTERS, description: 'Computers managed now' })
  @IsInt()
  @Min(0)
  @Max(MAX_COMPUTERS)
  managedComputers: number;

  @ApiProperty({ example: 45, minimum: 0, maximum: MAX_COMPUTERS, description: 'Peak of managed computers since the last report (at least managedComputers)' })
  @IsInt()
  @Min(0)
  @Max(MAX_COMPUTERS)
  peakComputers: number;

  @ApiProperty({ example: '6.0.0.74' })
  @Transform(trim)
  @IsString()
  @Length(1, INSTALLATION_FIELD_LIMITS.appVersion)
  appVersion: string;

  @ApiProperty({ example: '2026-11-30T09:59:00.000Z', format: 'date-time', description: 'When the proxy measured' })
  @IsDateString({ strict: true })
  reportedAt: string;
}

export class UsageReportResponseDto {
  @ApiProperty({ example: '2026-W48' })
  reportId: string;

  @ApiProperty({ example: '2026-11-30T10:00:00.000Z', format: 'date-time' })
  receivedAt: string;

  @ApiProperty({ example: 42 })
  managedComputers: number;

  @ApiProperty({ example: 45 })
  peakComputers: number;

  @ApiProperty({ example: 50, description: "The key's quota when the report arrived" })
  quota: number;

  @ApiProperty({ example: false, description: 'The report exceeded the quota: enrolling more computers is refused' })
  overLimit: boolean;

  @ApiProperty({ example: false, description: 'True when this answers a retry of a report already stored' })
  duplicate: boolean;
}

export class EnrollmentCheckRequestDto {
  @ApiPropertyOptional({ example: 42, minimum: 0, maximum: MAX_COMPUTERS, description: 'Computers managed now, as the proxy counts them (default: the last report)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COMPUTERS)
  managedComputers?: number;
}

export class EnrollmentCheckResponseDto {
  @ApiProperty({ example: true, enum: [true] })
  allowed: true;

  @ApiProperty({ example: 50 })
  quota: number;

  @ApiProperty({ example: 42 })
  used: number;

  @ApiProperty({ example: 8 })
  vacant: number;
}

export class DeactivationResponseDto {
  @ApiProperty({ example: '0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10', format: 'uuid' })
  installationId: string;

  @ApiProperty({ example: 'deactivated', enum: ['deactivated'] })
  status: 'deactivated';

  @ApiProperty({ example: '2026-11-30T10:00:00.000Z', format: 'date-time' })
  deactivatedAt: string;
}

export class PublicJwkDto {
  @ApiProperty({ example: 'OKP', enum: ['OKP'] })
  kty: 'OKP';

  @ApiProperty({ example: 'Ed25519', enum: ['Ed25519'] })
  crv: 'Ed25519';

  @ApiProperty({ example: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo', description: 'The public key, base64url' })
  x: string;

  @ApiProperty({ example: '2026-11' })
  kid: string;

  @ApiProperty({ example: 'EdDSA', enum: ['EdDSA'] })
  alg: 'EdDSA';

  @ApiProperty({ example: 'sig', enum: ['sig'] })
  use: 'sig';
}

export class SigningKeysResponseDto {
  @ApiProperty({ type: [PublicJwkDto] })
  keys: PublicJwkDto[];
}
