/** Postgres error codes the services act on (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
/** A NOWAIT lock found the row locked. */
export const PG_LOCK_NOT_AVAILABLE = '55P03';

/** The Postgres code and constraint of a failed query (a TypeORM QueryFailedError or a pg error), when it is one. */
export function pgErrorOf(err: unknown): { code?: string; constraint?: string } {
  if (typeof err !== 'object' || err === null) return {};
  const e = err as { code?: unknown; constraint?: unknown; driverError?: unknown };
  const source = (typeof e.driverError === 'object' && e.driverError !== null ? e.driverError : e) as { code?: unknown; constraint?: unknown };
  return {
    code: typeof source.code === 'string' ? source.code : undefined,
    constraint: typeof source.constraint === 'string' ? source.constraint : undefined,
  };
}

/** The query failed with `code` (and, when given, on `constraint`). */
export function isPgError(err: unknown, code: string, constraint?: string): boolean {
  const pg = pgErrorOf(err);
  return pg.code === code && (constraint === undefined || pg.constraint === constraint);
}

export const isUniqueViolation = (err: unknown, constraint?: string): boolean => isPgError(err, PG_UNIQUE_VIOLATION, constraint);
export const isForeignKeyViolation = (err: unknown, constraint?: string): boolean => isPgError(err, PG_FOREIGN_KEY_VIOLATION, constraint);
export const isLockNotAvailable = (err: unknown): boolean => isPgError(err, PG_LOCK_NOT_AVAILABLE);
