import { describe, expect, it } from '@jest/globals';
import { containsPattern, escapeLike } from './like.js';
import { isForeignKeyViolation, isLockNotAvailable, isUniqueViolation, pgErrorOf } from './pg-errors.js';

describe('LIKE escaping', () => {
  it('takes %, _ and \\ literally', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
    expect(containsPattern('a_b')).toBe('%a\\_b%');
  });
});

describe('Postgres error detection', () => {
  it('reads the code and constraint of a TypeORM error, a pg error, and nothing else', () => {
    const driverError = { code: '23505', constraint: 'uq_users_email' };
    expect(pgErrorOf({ message: 'x', driverError })).toEqual(driverError);
    expect(pgErrorOf({ code: '23503' })).toEqual({ code: '23503', constraint: undefined });
    expect(pgErrorOf(new Error('plain'))).toEqual({ code: undefined, constraint: undefined });
    expect(pgErrorOf(null)).toEqual({});
    expect(isUniqueViolation({ driverError })).toBe(true);
    expect(isUniqueViolation({ driverError }, 'uq_users_email')).toBe(true);
    expect(isUniqueViolation({ driverError }, 'uq_other')).toBe(false);
    expect(isForeignKeyViolation({ driverError })).toBe(false);
    expect(isLockNotAvailable({ driverError: { code: '55P03' } })).toBe(true);
    expect(isLockNotAvailable({ driverError })).toBe(false);
  });
});
