import {
  containsPattern,
  expiringSoonSql,
  licenseStateIsSql,
  licenseStateSql,
  maskLicenseKey,
  sqlDate,
  usableSql,
  utcToday,
  type LicenseState,
} from '#common';
import { csvRowSql, csvTextCellSql, csvValueCellSql, sqlText } from './csv.js';
import type {
  InstallationColumn,
  InstallationFilter,
  InstallationGeneralDto,
  InstallationListItemDto,
  InstallationSort,
  InstallationViewStatus,
} from './installations.dto.js';

/**
 * The SQL of the proxy-server views. Every query is scoped by account_id first; each sortable column
 * has an (account_id, column, id) index, and the search text has a trigram index over the very
 * expression used here (`SEARCH_TEXT`), so pages stay index-served at 100k installations.
 *
 * The state reads the installation row alone: its key's end date, its subscription's stored status and
 * its key's quota are copied onto it by the triggers of migration InstallationLicenseFacts, so filters
 * and the summary never join licensing's tables (the list joins the key only for its last characters).
 */

export const SEARCH_TEXT = `(i.server_name || ' ' || i.site_code || ' ' || coalesce(i.site_description, ''))`;
const KEY_LICENSE = { status: 'i.subscription_status', endsOn: 'i.key_ends_on' };

/**
 * The state the proxy is told at refresh, in SQL (the same order as `installationLicenseStatus`):
 * deactivated (also once its key is gone), then the subscription's cancelled or suspended, then
 * expired (the key's end date before `today`), then over_limit (last report above the quota).
 * `today` is a SQL expression of type date (a parameter).
 */
export function proxyState(today: string): string {
  return `(CASE WHEN i.status = 'deactivated' OR i.license_key_id IS NULL THEN 'deactivated'
        WHEN ${usableSql(KEY_LICENSE, today)} AND i.managed_computers > i.key_quota THEN 'over_limit'
        ELSE ${licenseStateSql(KEY_LICENSE, today)} END)`;
}

const SORT_COLUMNS: Record<InstallationSort, string> = {
  serverName: 'i.server_name',
  siteCode: 'i.site_code',
  activatedAt: 'i.activated_at',
  lastReportedAt: 'i.last_report_at',
  used: 'i.managed_computers',
};

/** Today (UTC) as a SQL date literal: built from our own clock, never from input. */
export function todaySql(now: Date = new Date()): string {
  return sqlDate(utcToday(now));
}

/** Every column of the views, the state as of `today` (a SQL date). */
export const selectColumns = (today: string = todaySql()): string => `i.id, ${proxyState(today)} AS state, i.status, i.server_name, i.site_code, i.site_description, i.activated_offline, i.app_version,
       i.activated_at, i.last_report_at, i.managed_computers, i.notes, i.deactivated_at, i.deactivation_reason,
       lk.key_last, i.key_quota AS quota, i.key_ends_on::text AS key_ends_on, coalesce(st.offline_operations_enabled, false) AS offline_allowed`;
export const FROM_JOINS = `FROM installations i
  LEFT JOIN license_keys lk ON lk.id = i.license_key_id
  LEFT JOIN account_settings st ON st.account_id = i.account_id`;

export interface InstallationRow {
  id: string;
  state: InstallationViewStatus;
  status: 'active' | 'deactivated';
  server_name: string;
  site_code: string;
  site_description: string | null;
  activated_offline: boolean;
  app_version: string;
  activated_at: Date;
  last_report_at: Date | null;
  managed_computers: number;
  notes: string | null;
  deactivated_at: Date | null;
  deactivation_reason: string | null;
  key_last: string | null;
  quota: number | null;
  key_ends_on: string | null;
  offline_allowed: boolean;
}

export interface Selection {
  accountId: string;
  search?: string;
  filter?: InstallationFilter;
  ids?: string[];
}

/**
 * The conditions of a filter over the installation row alone, in the form of the partial indexes
 * (status = 'active' with the license state; over the limit; deactivated), so that the page's count
 * and the summary read index entries only. `today` is a SQL date.
 */
export function filterConditions(filter: InstallationFilter, today: string): string[] {
  switch (filter) {
    case 'all':
      return [];
    case 'deactivated':
      // The CASE's first branch (the key's FK sets license_key_id to null when it goes).
      return [`(i.status = 'deactivated' OR i.license_key_id IS NULL)`];
    case 'active':
      // Running: the proxy is told it may manage computers (over_limit included).
      return [`i.status = 'active'`, usableSql(KEY_LICENSE, today)];
    case 'expiring_soon':
      return [`i.status = 'active'`, expiringSoonSql(KEY_LICENSE, today)];
    case 'over_limit':
      return [`i.status = 'active'`, `i.managed_computers > i.key_quota`, usableSql(KEY_LICENSE, today)];
    default:
      // A key that is gone leaves subscription_status null, so these never match a deactivated one.
      return [`i.status = 'active'`, licenseStateIsSql(KEY_LICENSE, filter satisfies Exclude<LicenseState, 'active'>, today)];
  }
}

/** `WHERE …` and its parameters. */
export function whereClause(selection: Selection, now: Date = new Date()): { sql: string; params: unknown[] } {
  const params: unknown[] = [selection.accountId];
  const conditions = ['i.account_id = $1', ...filterConditions(selection.filter ?? 'all', todaySql(now))];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const search = selection.search?.trim();
  if (search) conditions.push(`${SEARCH_TEXT} ILIKE ${param(containsPattern(search))}`);
  if (selection.ids) conditions.push(`i.id = ANY(${param(selection.ids)}::uuid[])`);
  return { sql: `WHERE ${conditions.join(' AND ')}`, params };
}

export function orderBy(sort: InstallationSort = 'activatedAt', order: 'asc' | 'desc' = 'desc'): string {
  const direction = order === 'asc' ? 'ASC' : 'DESC';
  return `ORDER BY ${SORT_COLUMNS[sort]} ${direction}, i.id ${direction}`;
}

export function viewStatus(row: Pick<InstallationRow, 'state'>): InstallationViewStatus {
  return row.state;
}

/** Every column of a row, by its public name. */
export function columnValues(row: InstallationRow): Record<InstallationColumn, string | number | boolean | null> {
  return {
    serverName: row.server_name,
    licenseKey: row.key_last ? maskLicenseKey(row.key_last) : null,
    siteCode: row.site_code,
    siteDescription: row.site_description,
    offlineAllowed: row.offline_allowed,
    activatedOffline: row.activated_offline,
    appVersion: row.app_version,
    activatedAt: row.activated_at.toISOString(),
    lastReportedAt: row.last_report_at?.toISOString() ?? null,
    quota: row.quota ?? 0,
    used: row.managed_computers,
    notes: row.notes,
  };
}

/** `Date.prototype.toISOString()` of a timestamptz, in SQL (milliseconds, truncated as node-postgres' dates are). */
const isoTimestampSql = (expr: string) => `to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Every column's CSV cell, in SQL over `FROM_JOINS`: `csvCell` of what `columnValues` gives, so that
 * Postgres formats the export's lines (a test compares the two on every column). Text we write
 * ourselves (ISO timestamps, like the id and the state) never starts with a formula character nor
 * needs quotes, so it is written as it is.
 */
const CSV_CELLS: Record<InstallationColumn, string> = {
  serverName: csvTextCellSql('i.server_name'),
  licenseKey: csvTextCellSql(`CASE WHEN lk.key_last <> '' THEN ${sqlText(maskLicenseKey(''))} || lk.key_last END`),
  siteCode: csvTextCellSql('i.site_code'),
  siteDescription: csvTextCellSql('i.site_description'),
  offlineAllowed: csvValueCellSql('coalesce(st.offline_operations_enabled, false)'),
  activatedOffline: csvValueCellSql('i.activated_offline'),
  appVersion: csvTextCellSql('i.app_version'),
  activatedAt: csvValueCellSql(isoTimestampSql('i.activated_at')),
  lastReportedAt: csvValueCellSql(isoTimestampSql('i.last_report_at')),
  quota: csvValueCellSql('coalesce(i.key_quota, 0)'),
  used: csvValueCellSql('i.managed_computers'),
  notes: csvTextCellSql('i.notes'),
};

/** The export's line of a row (Id, Status, then `columns`, ending in CRLF), as of `today` (a SQL date). */
export function csvLineSql(columns: readonly InstallationColumn[], today: string = todaySql()): string {
  return csvRowSql([csvValueCellSql('i.id'), csvValueCellSql(proxyState(today)), ...columns.map((c) => CSV_CELLS[c])]);
}

export function listItem(row: InstallationRow, columns: readonly InstallationColumn[]): InstallationListItemDto {
  const values = columnValues(row);
  const item: Record<string, unknown> = { id: row.id, status: viewStatus(row) };
  for (const column of columns) item[column] = values[column];
  // Deprecated name of activatedOffline, kept for existing clients.
  if (columns.includes('activatedOffline')) item.offlineUse = row.activated_offline;
  return item as unknown as InstallationListItemDto;
}

/** The details' general part: the list's columns plus what only the details show. */
export function generalOf(row: InstallationRow): InstallationGeneralDto {
  const values = columnValues(row);
  return {
    id: row.id,
    status: viewStatus(row),
    serverName: row.server_name,
    licenseKey: values.licenseKey as string | null,
    licenseKeyEndsOn: row.key_ends_on,
    siteCode: row.site_code,
    siteDescription: row.site_description,
    offlineAllowed: row.offline_allowed,
    activatedOffline: row.activated_offline,
    offlineUse: row.activated_offline,
    appVersion: row.app_version,
    activatedAt: values.activatedAt as string,
    lastReportedAt: values.lastReportedAt as string | null,
    quota: values.quota as number,
    used: row.managed_computers,
    notes: row.notes,
    deactivatedAt: row.deactivated_at?.toISOString() ?? null,
    deactivationReason: row.deactivation_reason,
  };
}

/**
 * The dashboard counts: each is the count of what the list's filter of that name shows (the same
 * conditions), so the two always agree. Each count is an index-only range scan of a partial index;
 * used licenses are summed from the state index's included column. `$1` is the account.
 */
export function summarySql(today: string = todaySql()): string {
  const where = (filter: InstallationFilter) => ['i.account_id = $1', ...filterConditions(filter, today)].join(' AND ');
  const count = (filter: InstallationFilter) => `(SELECT count(*)::int FROM installations i WHERE ${where(filter)})`;
  return `SELECT running.n AS "registeredProxyServers", running.used AS "usedLicenses",
         ${count('expiring_soon')} AS "expiringSoon", ${count('over_limit')} AS "overLimit", ${count('expired')} AS "expired",
         ${count('suspended')} AS "suspended", ${count('cancelled')} AS "cancelled", ${count('deactivated')} AS "deactivated"
    FROM (SELECT count(*)::int AS n, coalesce(sum(i.managed_computers), 0)::int AS used FROM installations i WHERE ${where('active')}) running`;
}

/** Header labels of the CSV export, as the portal names the columns. */
export const COLUMN_LABELS: Record<InstallationColumn, string> = {
  serverName: 'Server Name',
  licenseKey: 'License Key',
  siteCode: 'Site Code',
  siteDescription: 'Site Description',
  offlineAllowed: 'Offline Use',
  activatedOffline: 'Activated Offline',
  appVersion: 'App Version',
  activatedAt: 'Activation Date',
  lastReportedAt: 'Last Report Date',
  quota: 'Max. Managed Computers',
  used: 'Registered Computers',
  notes: 'Notes',
};
