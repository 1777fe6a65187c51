import type { IdentityProvider } from '#database';

/** A way to sign in through another party: Google, Facebook, or one business account's own provider. */
export type MethodRef = { provider: 'google' } | { provider: 'facebook' } | { provider: 'sso'; accountId: string };

export const SOCIAL_PROVIDERS = ['google', 'facebook'] as const;
export type SocialProvider = (typeof SOCIAL_PROVIDERS)[number];

/** The issuer a subject is unique at: `google`, `facebook`, `sso:<accountId>`. */
export function providerKey(method: MethodRef): string {
  return method.provider === 'sso' ? `sso:${method.accountId}` : method.provider;
}

export function providerOf(method: MethodRef): IdentityProvider {
  return method.provider;
}
