import type { ActivationComponents, ActivationPaths } from '#api-client';

export type ProxyServerRow = ActivationComponents['schemas']['InstallationListItemDto'];
type ListQuery = NonNullable<ActivationPaths['/accounts/{accountId}/installations']['get']['parameters']['query']>;
export type ProxyFilter = NonNullable<ListQuery['filter']>;
export type ProxySort = NonNullable<ListQuery['sort']>;
export type ProxyColumn = ActivationComponents['schemas']['InstallationListResponseDto']['columns'][number];

/** The guide's columns, in its order, as the gear icon offers them. */
export const COLUMNS: { key: ProxyColumn; label: string; sort?: ProxySort; numeric?: boolean }[] = [
  { key: 'serverName', label: 'Server Name', sort: 'serverName' },
  { key: 'licenseKey', label: 'License Key' },
  { key: 'siteCode', label: 'Site Code', sort: 'siteCode' },
  { key: 'siteDescription', label: 'Site Description' },
  { key: 'offlineAllowed', label: 'Offline Use' },
  { key: 'activatedOffline', label: 'Activated Offline' },
  { key: 'appVersion', label: 'App Version' },
  { key: 'activatedAt', label: 'Activation Date', sort: 'activatedAt' },
  { key: 'lastReportedAt', label: 'Last Report Date', sort: 'lastReportedAt' },
  { key: 'quota', label: 'Max. Managed Computers', numeric: true },
  { key: 'used', label: 'Registered Computers', sort: 'used', numeric: true },
  { key: 'notes', label: 'Notes' },
];

/** What the list shows before the person chooses: the columns of the guide's picture. */
export const DEFAULT_COLUMNS: ProxyColumn[] = ['serverName', 'licenseKey', 'siteCode', 'offlineAllowed', 'appVersion', 'activatedAt'];

/** The display filter: the guide's four first, then the other states a server can be in. */
export const FILTERS: { value: ProxyFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'expiring_soon', label: 'Expiring soon' },
  { value: 'expired', label: 'Expired' },
  { value: 'deactivated', label: 'Deactivated' },
  { value: 'active', label: 'Active' },
  { value: 'over_limit', label: 'Over the license limit' },
  { value: 'suspended', label: 'Suspended' },
  { value: 'cancelled', label: 'Cancelled' },
];

type Summary = ActivationComponents['schemas']['InstallationSummaryResponseDto'];

/** The count the summary gives for a filter ("All (12)"). */
export function filterCount(summary: Summary, filter: ProxyFilter): number {
  switch (filter) {
    case 'all':
      return summary.registeredProxyServers + summary.expired + summary.suspended + summary.cancelled + summary.deactivated;
    case 'active':
      return summary.registeredProxyServers;
    case 'expiring_soon':
      return summary.expiringSoon;
    case 'over_limit':
      return summary.overLimit;
    default:
      return summary[filter];
  }
}

export const STATUS_LABELS: Record<ProxyServerRow['status'], string> = {
  active: 'Active',
  over_limit: 'Over limit',
  expired: 'Expired',
  suspended: 'Suspended',
  cancelled: 'Cancelled',
  deactivated: 'Deactivated',
};
export const STATUS_COLORS: Record<ProxyServerRow['status'], string> = {
  active: 'green',
  over_limit: 'orange',
  expired: 'gray',
  suspended: 'yellow',
  cancelled: 'red',
  deactivated: 'gray',
};

const STORAGE_KEY = 'portal.proxyServers.columns';

export function loadColumns(): ProxyColumn[] {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown;
    if (Array.isArray(stored)) {
      const known = COLUMNS.map((c) => c.key).filter((k) => stored.includes(k));
      if (known.length > 0) return known;
    }
  } catch {
    // A damaged stored choice falls back to the default.
  }
  return DEFAULT_COLUMNS;
}

export function saveColumns(columns: ProxyColumn[]): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(columns));
}
