import dayjs from 'dayjs';

export { formatDate, statusColor, statusLabel } from '../../features/subscriptions/format';

export const formatDateTime = (value: string | null | undefined) => (value ? dayjs(value).format('MM/DD/YYYY HH:mm') : '—');

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value >= 10 ? 0 : 1)} ${units[unit]}`;
}

export const ORDER_KINDS: Record<string, string> = {
  purchase: 'Purchase',
  trial: 'Trial',
  upgrade: 'Upgrade',
  renewal: 'Renewal',
  suspension: 'Suspension',
  reactivation: 'Reactivation',
  cancellation: 'Cancellation',
};
