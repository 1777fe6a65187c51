import { Text } from '@mantine/core';
import { formatDate } from '../subscriptions/format';
import type { ProxyColumn, ProxyServerRow } from './columns';

const yesNo = (v: boolean | undefined) => (v === undefined ? '—' : v ? 'Yes' : 'No');

/** One cell of the list, formatted as the guide shows it. */
export function cellText(row: ProxyServerRow, column: ProxyColumn): string {
  switch (column) {
    case 'offlineAllowed':
      return yesNo(row.offlineAllowed);
    case 'activatedOffline':
      return yesNo(row.activatedOffline);
    case 'activatedAt':
      return formatDate(row.activatedAt);
    case 'lastReportedAt':
      return formatDate(row.lastReportedAt);
    case 'licenseKey':
      return row.licenseKey ?? 'Deleted';
    default: {
      const value = row[column];
      return value === null || value === undefined || value === '' ? '—' : String(value);
    }
  }
}

export function ProxyServerCell({ row, column }: { row: ProxyServerRow; column: ProxyColumn }) {
  const text = cellText(row, column);
  if (column === 'licenseKey') {
    return (
      <Text ff="monospace" size="sm" span>
        {text}
      </Text>
    );
  }
  if (column === 'notes') {
    return (
      <Text size="sm" lineClamp={2} maw={240} span>
        {text}
      </Text>
    );
  }
  return <>{text}</>;
}
