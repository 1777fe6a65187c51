import { describe, expect, it } from '@jest/globals';
import { mintAccountScope, type AccountScope } from './account-scope.js';

/** Stands for any account-scoped repository method. */
const scoped = (scope: AccountScope): string => `account_id = ${scope}`;

describe('AccountScope', () => {
  it('is the plain id at run time, but only a scope type-checks where a repository method requires one', () => {
    const fromPath = '0b7e4c8e-1c55-4c36-9d3e-5b2f8f0c7a21';
    // @ts-expect-error an id from a path, a body or a query is not a scope: the unscoped query does not compile
    scoped(fromPath);
    // @ts-expect-error nor is "no account"
    scoped(null);
    // eslint-disable-next-line no-restricted-syntax -- the guard's own way of making one
    expect(scoped(mintAccountScope(fromPath))).toBe(`account_id = ${fromPath}`);
  });
});
