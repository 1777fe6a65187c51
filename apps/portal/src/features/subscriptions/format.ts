import dayjs from 'dayjs';

/** Dates as the guide shows them (MM/DD/YYYY); API dates are ISO `YYYY-MM-DD`. */
export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format('MM/DD/YYYY') : '—';
}

const STATUS_COLORS: Record<string, string> = { active: 'green', expired: 'gray', suspended: 'yellow', cancelled: 'red' };
export const statusColor = (status: string) => STATUS_COLORS[status] ?? 'gray';
export const statusLabel = (status: string) => status.charAt(0).toUpperCase() + status.slice(1);
