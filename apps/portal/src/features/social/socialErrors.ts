/** What the person reads for each error the provider flow can end with (`/social/callback?error=CODE`). */
const MESSAGES: Record<string, string> = {
  SOCIAL_STATE_INVALID: 'This sign-in was not started in this browser, was already used or has expired. Start again.',
  SOCIAL_TICKET_INVALID: 'This sign-in step was already finished or has expired. Start again.',
  PROVIDER_REJECTED: 'The provider did not confirm the sign-in. Start again.',
  PROVIDER_UNAVAILABLE: 'The provider cannot be reached right now. Try again in a few minutes, or sign in with your password.',
  PROVIDER_EMAIL_UNVERIFIED: 'The provider did not confirm that the email address is yours. Confirm it with the provider, or sign up with a password.',
  SSO_EMAIL_DOMAIN_NOT_ALLOWED: "This email address is not one your organisation's single sign-on accepts.",
  SSO_NOT_CONFIGURED: 'No business account offers single sign-on for this email address.',
  SIGN_IN_METHOD_DISABLED: 'This way of signing in is not available.',
  IDENTITY_LINKED_ELSEWHERE: 'This identity already signs in to another account.',
};

export function socialErrorMessage(code: string | null): string {
  return (code && MESSAGES[code]) || 'Signing in with the provider did not work. Start again.';
}

/** The gateway's start URL of a provider flow (a top-level navigation, not a fetch). */
export function startUrl(provider: 'google' | 'facebook', keepSignedIn: boolean): string {
  return `/api/identity/auth/social/start/${provider}?keepSignedIn=${keepSignedIn}`;
}

export function ssoStartUrl(params: { email?: string; accountId?: string }, keepSignedIn: boolean): string {
  const query = new URLSearchParams({ keepSignedIn: String(keepSignedIn) });
  if (params.email) query.set('email', params.email);
  if (params.accountId) query.set('accountId', params.accountId);
  return `/api/identity/auth/sso/start?${query}`;
}
