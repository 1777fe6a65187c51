import { describe, expect, it } from '@jest/globals';
import { defineErrors, ErrorRegistry, errorRegistry } from './define-errors.js';
import { DomainError } from './domain-error.js';
import { CommonErrorCode } from './error-codes.js';

describe('error tables', () => {
  it('returns a code enum whose values are the codes', () => {
    const Codes = defineErrors('test', { A_CODE: { status: 409, description: 'a' }, B_CODE: { status: 404, description: 'b' } }, new ErrorRegistry());
    expect(Codes).toEqual({ A_CODE: 'A_CODE', B_CODE: 'B_CODE' });
    expect(Object.isFrozen(Codes)).toBe(true);
  });

  it('looks up the status and the table of a code', () => {
    const registry = new ErrorRegistry();
    const Codes = defineErrors('test', { LICENSE_GONE: { status: 403, description: 'gone', details: { keyId: 'the key' } } }, registry);
    expect(registry.statusOf(Codes.LICENSE_GONE)).toBe(403);
    expect(registry.entry('LICENSE_GONE')).toEqual({ code: 'LICENSE_GONE', area: 'test', status: 403, description: 'gone', details: { keyId: 'the key' } });
    expect(registry.list(['test']).map((e) => e.code)).toEqual(['LICENSE_GONE']);
    expect(registry.entry('NO_SUCH_CODE')).toBeUndefined();
  });

  it('refuses a code that another table defines already, naming both', () => {
    const registry = new ErrorRegistry();
    defineErrors('licensing', { KEY_IN_USE: { status: 409, description: 'x' } }, registry);
    expect(() => defineErrors('activation', { OTHER: { status: 400, description: 'y' }, KEY_IN_USE: { status: 409, description: 'x' } }, registry)).toThrow(
      /activation redefines KEY_IN_USE \(already in licensing\)/,
    );
    // Nothing of the refused table was registered.
    expect(registry.entry('OTHER')).toBeUndefined();
  });

  it('holds the shared table and every table a loaded module defined, each code once', () => {
    expect(errorRegistry.statusOf(CommonErrorCode.VALIDATION_FAILED)).toBe(400);
    expect(errorRegistry.statusOf(CommonErrorCode.TOO_MANY_REQUESTS)).toBe(429);
    expect(errorRegistry.areas()).toContain('common');
  });

  it('makes a code with no table entry, and undocumented details, fail to compile', () => {
    const Codes = defineErrors('test', { PLAIN: { status: 409, description: 'p' }, COUNTED: { status: 409, description: 'c', details: { needed: 'n' } } }, new ErrorRegistry());
    // @ts-expect-error a string literal is not a code of any table
    expect(new DomainError('NOT_IN_A_TABLE', 'x').code).toBe('NOT_IN_A_TABLE');
    // @ts-expect-error PLAIN documents no details
    expect(new DomainError(Codes.PLAIN, 'x', { needed: 1 }).details).toEqual({ needed: 1 });
    // @ts-expect-error COUNTED documents `needed` only
    expect(new DomainError(Codes.COUNTED, 'x', { vacant: 1 }).details).toEqual({ vacant: 1 });
    expect(new DomainError(Codes.COUNTED, 'x', { needed: 2 }).details).toEqual({ needed: 2 });
    // @ts-expect-error a status is not something a throw site chooses
    expect(new DomainError(409, 'x').message).toBe('x');
  });
});
