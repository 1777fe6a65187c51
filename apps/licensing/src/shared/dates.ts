/** Calendar dates as `YYYY-MM-DD` strings (Postgres `date`), in UTC. */

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function todayUtc(now: Date = new Date()): string {
  return isoDate(now);
}

export function addDays(day: string, days: number): string {
  return isoDate(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
}
