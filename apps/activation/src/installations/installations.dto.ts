import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { PageDto, PageQuery } from '#common';

export const INSTALLATION_COLUMNS = [
  'serverName',
  'licenseKey',
  'siteCode',
  'siteDescription',
  'offlineAllowed',
  'activatedOffline',
  'appVersion',
  'activatedAt',
  'lastReportedAt',
  'quota',
  'used',
  'notes',
] as const;
export type InstallationColumn = (typeof INSTALLATION_COLUMNS)[number];

export const INSTALLATION_FILTERS = ['all', 'active', 'expiring_soon', 'over_limit', 'expired', 'suspended', 'cancelled', 'deactivated'] as const;
export type InstallationFilter = (typeof INSTALLATION_FILTERS)[number];

export const INSTALLATION_SORTS = ['serverName', 'siteCode', 'activatedAt', 'lastReportedAt', 'used'] as const;
export type InstallationSort = (typeof INSTALLATION_SORTS)[number];

/** The state the proxy is told at refresh (its license status). */
export const INSTALLATION_VIEW_STATUSES = ['active', 'over_limit', 'expired', 'suspended', 'cancelled', 'deactivated'] as const;
export type InstallationViewStatus = (typeof INSTALLATION_VIEW_STATUSES)[number];

/** `a,b,c` (or repeated parameters) → ['a','b','c']. */
const commaList = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : typeof value === 'string' ? [value] : [])
    .flatMap((v: unknown) => (typeof v === 'string' ? v.split(',') : []))
    .map((v: string) => v.trim())
    .filter((v: string) => v.length > 0);

export class InstallationSelectionQueryDto {
  @ApiPropertyOptional({ example: 'berlin', maxLength: 100, description: 'Matches server name, site code or site description (case-insensitive)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({
    enum: INSTALLATION_FILTERS,
    default: 'all',
    description:
      'By the state the proxy is told at refresh. active: running (active or over_limit); expiring_soon: running, key ends within 30 days; over_limit, expired, suspended, cancelled, deactivated: that state',
  })
  @IsOptional()
  @IsIn(INSTALLATION_FILTERS)
  filter?: InstallationFilter;

  @ApiPropertyOptional({
    example: 'serverName,siteCode,used',
    description: `Comma-separated columns to include (default: all): ${INSTALLATION_COLUMNS.join(', ')}`,
    type: String,
  })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @IsIn(INSTALLATION_COLUMNS, { each: true })
  columns?: InstallationColumn[];
}


export class ListInstallationsQueryDto extends PageQuery(InstallationSelectionQueryDto) {
  @ApiPropertyOptional({ enum: INSTALLATION_SORTS, default: 'activatedAt' })
  @IsOptional()
  @IsIn(INSTALLATION_SORTS)
  sort?: InstallationSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';

}

export class ExportInstallationsQueryDto extends InstallationSelectionQueryDto {
  @ApiPropertyOptional({ enum: INSTALLATION_SORTS, default: 'activatedAt', description: 'As the list: the file has the rows in the order on screen' })
  @IsOptional()
  @IsIn(INSTALLATION_SORTS)
  sort?: InstallationSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';

  @ApiPropertyOptional({
    example: '0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10,5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
    description: 'Comma-separated ids of the selected servers (at most 200; POST the export for more). Without: all matching search and filter.',
    type: String,
  })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[];
}

export class ExportInstallationsRequestDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 10_000, description: 'The selected servers; without: all matching search and filter' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsUUID('all', { each: true })
  installationIds?: string[];

  @ApiPropertyOptional({ example: 'berlin', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ enum: INSTALLATION_FILTERS, default: 'all' })
  @IsOptional()
  @IsIn(INSTALLATION_FILTERS)
  filter?: InstallationFilter;

  @ApiPropertyOptional({ enum: INSTALLATION_SORTS, default: 'activatedAt', description: 'As the list: the file has the rows in the order on screen' })
  @IsOptional()
  @IsIn(INSTALLATION_SORTS)
  sort?: InstallationSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';

  @ApiPropertyOptional({ enum: INSTALLATION_COLUMNS, isArray: true, description: 'Columns to export (default: all)' })
  @IsOptional()
  @IsArray()
  @IsIn(INSTALLATION_COLUMNS, { each: true })
  columns?: InstallationColumn[];
}

export class InstallationListItemDto {
  @ApiProperty({ example: '0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10', format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'active', enum: INSTALLATION_VIEW_STATUSES, description: 'The state the proxy is told at refresh (as its license status)' })
  status: InstallationViewStatus;

  @ApiPropertyOptional({ example: 'sccm-proxy-01.corp.example' })
  serverName?: string;

  @ApiPropertyOptional({ example: '•••••-•••••-•••••-•••••-5FJ6D', nullable: true, type: String, description: 'Masked; null once the sublicense was deleted' })
  licenseKey?: string | null;

  @ApiPropertyOptional({ example: 'T12' })
  siteCode?: string;

  @ApiPropertyOptional({ example: 'Berlin office', nullable: true, type: String })
  siteDescription?: string | null;

  @ApiPropertyOptional({ example: false, description: "The guide's \"Offline Use\": whether it may be activated and refreshed with offline files (the account's offline operations)" })
  offlineAllowed?: boolean;

  @ApiPropertyOptional({ example: false, description: 'Whether it was activated with offline files' })
  activatedOffline?: boolean;

  @ApiPropertyOptional({ example: false, deprecated: true, description: 'Deprecated: the same as activatedOffline (given with that column)' })
  offlineUse?: boolean;

  @ApiPropertyOptional({ example: '6.0.0.74' })
  appVersion?: string;

  @ApiPropertyOptional({ example: '2026-07-19T08:00:00.000Z', format: 'date-time' })
  activatedAt?: string;

  @ApiPropertyOptional({ example: '2026-11-23T08:00:00.000Z', format: 'date-time', nullable: true, type: String })
  lastReportedAt?: string | null;

  @ApiPropertyOptional({ example: 50, description: "Licenses of the key it was activated with (0 once the key is gone)" })
  quota?: number;

  @ApiPropertyOptional({ example: 42, description: 'Managed computers in the last report' })
  used?: number;

  @ApiPropertyOptional({ example: 'Rack 4, owned by IT Berlin', nullable: true, type: String })
  notes?: string | null;
}

export class InstallationListResponseDto extends PageDto {
  @ApiProperty({ type: [InstallationListItemDto] })
  items: InstallationListItemDto[];

  @ApiProperty({ example: ['serverName', 'siteCode'], enum: INSTALLATION_COLUMNS, isArray: true })
  columns: InstallationColumn[];
}

export class InstallationGeneralDto {
  @ApiProperty({ example: '0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10', format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'active', enum: INSTALLATION_VIEW_STATUSES, description: 'The state the proxy is told at refresh' })
  status: InstallationViewStatus;

  @ApiProperty({ example: 'sccm-proxy-01.corp.example' })
  serverName: string;

  @ApiProperty({ example: '•••••-•••••-•••••-•••••-5FJ6D', nullable: true, type: String })
  licenseKey: string | null;

  @ApiProperty({ example: '2027-01-14', format: 'date', nullable: true, type: String, description: "Last day of the key's validity" })
  licenseKeyEndsOn: string | null;

  @ApiProperty({ example: 'T12' })
  siteCode: string;

  @ApiProperty({ example: 'Berlin office', nullable: true, type: String })
  siteDescription: string | null;

  @ApiProperty({ example: false, description: "The guide's \"Offline Use\": whether offline activation and refresh are allowed (the account's offline operations)" })
  offlineAllowed: boolean;

  @ApiProperty({ example: false, description: 'Whether it was activated with offline files' })
  activatedOffline: boolean;

  @ApiProperty({ example: false, deprecated: true, description: 'Deprecated: the same as activatedOffline' })
  offlineUse: boolean;

  @ApiProperty({ example: '6.0.0.74' })
  appVersion: string;

  @ApiProperty({ example: '2026-07-19T08:00:00.000Z', format: 'date-time' })
  activatedAt: string;

  @ApiProperty({ example: '2026-11-23T08:00:00.000Z', format: 'date-time', nullable: true, type: String })
  lastReportedAt: string | null;

  @ApiProperty({ example: 50 })
  quota: number;

  @ApiProperty({ example: 42 })
  used: number;

  @ApiProperty({ example: 'Rack 4', nullable: true, type: String })
  notes: string | null;

  @ApiProperty({ example: null, format: 'date-time', nullable: true, type: String })
  deactivatedAt: string | null;

  @ApiProperty({ example: null, nullable: true, type: String, description: 'proxy, portal, offline-file or sublicense-deleted' })
  deactivationReason: string | null;
}

export class UsagePointDto {
  @ApiProperty({ example: '2026-11-23T08:00:00.000Z', format: 'date-time', description: 'When the proxy measured' })
  reportedAt: string;

  @ApiProperty({ example: '2026-11-23T08:00:02.000Z', format: 'date-time' })
  receivedAt: string;

  @ApiProperty({ example: 42 })
  managedComputers: number;

  @ApiProperty({ example: 45, description: 'Peak since the previous report' })
  peakComputers: number;

  @ApiProperty({ example: '6.0.0.74' })
  appVersion: string;

  @ApiProperty({ example: false })
  overLimit: boolean;
}

export class InstallationDetailsResponseDto {
  @ApiProperty({ type: InstallationGeneralDto })
  general: InstallationGeneralDto;

  @ApiProperty({ type: [UsagePointDto], description: 'Usage reports, oldest first (the latest `usageLimit`)' })
  usage: UsagePointDto[];
}

export class InstallationDetailsQueryDto {
  @ApiPropertyOptional({ example: 104, minimum: 1, maximum: 1000, default: 104, description: 'How many of the latest reports (104 = two years of weekly reports)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  usageLimit?: number;
}

export class UpdateNotesRequestDto {
  @ApiProperty({ example: 'Rack 4, owned by IT Berlin', nullable: true, type: String, maxLength: 2000 })
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  notes: string | null;
}

export class DeactivateInstallationsRequestDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 500, example: ['0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  installationIds: string[];
}

export class DeactivateInstallationsResponseDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Deactivated now (their proxies learn it at the next refresh)' })
  deactivated: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'Already deactivated before: unchanged' })
  alreadyDeactivated: string[];
}

export class InstallationSummaryResponseDto {
  @ApiProperty({ example: 3, description: 'Running installations, state active or over_limit (the dashboard\'s "Registered proxy servers")' })
  registeredProxyServers: number;

  @ApiProperty({ example: 57, description: 'Managed computers reported by the running installations' })
  usedLicenses: number;

  @ApiProperty({ example: 1, description: 'Running, key ends within 30 days' })
  expiringSoon: number;

  @ApiProperty({ example: 0, description: 'State over_limit (included in registeredProxyServers)' })
  overLimit: number;

  @ApiProperty({ example: 0 })
  expired: number;

  @ApiProperty({ example: 0 })
  suspended: number;

  @ApiProperty({ example: 0 })
  cancelled: number;

  @ApiProperty({ example: 2 })
  deactivated: number;
}
