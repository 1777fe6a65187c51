import { expect } from '@jest/globals';
import { decodeJwt } from 'jose';
import type { Harness } from '../../support/harness.js';
import { uniqueEmail } from '../../support/harness.js';
import type { ReceivedEmail } from '../../support/smtp.js';
import type { TestUser } from '../../support/factories.js';

export const PASSWORD = 'analytical-engine-1';

export interface SignedUp {
  id: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  sessionId: string;
}

/** Signs a person up through the API (a usable password, a real session). */
export async function signUp(h: Harness, overrides: Record<string, unknown> = {}): Promise<SignedUp> {
  const email = (overrides.email as string | undefined) ?? uniqueEmail('person');
  const password = (overrides.password as string | undefined) ?? PASSWORD;
  const res = await h.identity
    .post('/auth/sign-up')
    .send({ firstName: 'Ada', lastName: 'Lovelace', email, password, acceptTerms: true, ...overrides });
  expect(res.status).toBe(201);
  return { id: res.body.user.id, email, password, accessToken: res.body.accessToken, refreshToken: res.body.refreshToken, sessionId: res.body.sessionId };
}

/** A signed-up person in the factories' shape (to add them to accounts directly). */
export const asTestUser = (u: SignedUp): TestUser => ({ id: u.id, email: u.email, firstName: 'Ada', lastName: 'Lovelace', role: 'user', token: u.accessToken, sessionId: u.sessionId });

export function signIn(h: Harness, email: string, password = PASSWORD, extra: Record<string, unknown> = {}) {
  return h.identity.post('/auth/sign-in').send({ email, password, ...extra });
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The `sid` claim of an access token. */
export const sidOf = (accessToken: string) => decodeJwt(accessToken).sid as string;

/** The token of a link `<portal>/<path>?token=...` in an email's text part (as a person would click it). */
export function tokenFromEmail(mail: ReceivedEmail, path: string): string {
  const escaped = path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(`http://portal\\.test${escaped}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match?.[1]) throw new Error(`no ${path} link in the email "${mail.subject}": ${mail.text}`);
  expect(mail.html).toContain(`href="http://portal.test${path}?token=${match[1]}"`);
  return match[1];
}

export const businessDetails = (overrides: Record<string, unknown> = {}) => ({
  companyName: 'Any Company, Inc',
  country: 'US',
  state: 'NY',
  city: 'New York',
  street: '123 Main Street',
  zip: '10006',
  phone: '1(800)123-4567',
  ...overrides,
});

/** A business account created through the API by `token`'s user (who becomes its admin). */
export async function createAccountApi(h: Harness, token: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await h.identity.post('/accounts').set(bearer(token)).send(businessDetails(overrides));
  expect(res.status).toBe(201);
  return res.body.id as string;
}

/** A provider's app registration as identity is configured with it. */
export interface ProviderClient {
  clientId: string;
  clientSecret: string;
}

/** Identity's settings pointing Google and Facebook at the suite's local providers (over plain http). */
export function socialProviderEnv(google: { issuer: string; client: ProviderClient }, facebook: { url: string; client: ProviderClient }): Record<string, string> {
  return {
    GOOGLE_CLIENT_ID: google.client.clientId,
    GOOGLE_CLIENT_SECRET: google.client.clientSecret,
    GOOGLE_ISSUER: google.issuer,
    FACEBOOK_CLIENT_ID: facebook.client.clientId,
    FACEBOOK_CLIENT_SECRET: facebook.client.clientSecret,
    FACEBOOK_AUTHORIZATION_URL: `${facebook.url}/dialog/oauth`,
    FACEBOOK_GRAPH_URL: facebook.url,
    OIDC_ALLOW_INSECURE_HTTP: 'true',
  };
}
