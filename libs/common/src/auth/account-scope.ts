declare const accountScopeBrand: unique symbol;

/**
 * The id of a business account the caller was proven to act in: a member of it, read on this request
 * by the account access guard (`AccountAccess`), or its admin since this transaction created it.
 * Account-scoped repository methods take it as a required argument, so a plain string (an id from a
 * path, a body, or nothing at all) does not compile there: an unscoped customer query cannot be written.
 * Operators act across accounts through repository methods whose names say so.
 */
export type AccountScope = string & { readonly [accountScopeBrand]: 'AccountScope' };

/**
 * Makes an `AccountScope`. Only the account access guard and `createBusinessAccount` call it, where
 * membership has just been proven; ESLint refuses it anywhere else (eslint.config.js).
 */
export function mintAccountScope(verifiedAccountId: string): AccountScope {
  return verifiedAccountId as AccountScope;
}
