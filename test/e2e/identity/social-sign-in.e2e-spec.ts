import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { sha256Hex } from '#common';
import { uniqueEmail } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { TestFacebook } from '../../support/facebook.js';
import { TestOidcProvider } from '../../support/oidc-provider.js';
import { RedirectFollower } from '../../support/redirects.js';
import { bearer, PASSWORD, signUp, socialProviderEnv } from './identity-helpers.js';

const csrf = { 'x-csrf-token': '1' };
const CALLBACK = '/api/identity/auth/social/callback';
const GOOGLE = { clientId: 'google-client.apps.example', clientSecret: 'google-secret-e2e' };
const FACEBOOK = { clientId: '1234567890', clientSecret: 'facebook-secret-e2e' };

/**
 * Sign-in and sign-up with Google and Facebook, against a real OpenID Connect provider and a small
 * Facebook-shaped OAuth 2.0 server started here, through the gateway, following redirects as a
 * browser does (cookies included).
 */
describe('identity: sign in and sign up with Google and Facebook (through the gateway)', () => {
  let google: TestOidcProvider;
  let facebook: TestFacebook;
  let gw: string;

  // The providers first: the services are configured with their URLs.
  const h = useHarness(async () => {
    google = await new TestOidcProvider().listen();
    facebook = await new TestFacebook(FACEBOOK).listen();
    return {
      services: ['identity', 'notification'],
      gateway: true,
      env: socialProviderEnv({ issuer: google.issuer, client: GOOGLE }, { url: facebook.url, client: FACEBOOK }),
    };
  });
  beforeAll(() => {
    gw = h.gateway.url;
    google.register({ ...GOOGLE, redirectUri: `${gw}${CALLBACK}` });
  });
  afterAll(async () => {
    await google?.close();
    await facebook?.close();
  });

  /** A fresh browser that starts at `path` on the gateway and follows every redirect to the portal. */
  async function browse(path: string, browser = new RedirectFollower(gw)) {
    const end = await browser.follow(`${gw}/api/identity${path}`);
    expect(end.url.pathname).toBe('/social/callback');
    return { browser, params: end.url.searchParams };
  }

  const person = (sub: string, email: string, emailVerified = true) => {
    google.person = { sub, email, emailVerified, givenName: 'Ada', familyName: 'Lovelace' };
  };

  const countUsers = async (email: string) =>
    ((await h.db.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [email])) as Array<{ n: number }>)[0]!.n;

  let ada: { email: string; sub: string; accessToken: string };

  it('tells the sign-in page which methods are on', async () => {
    const res = await h.identity.get('/auth/methods').expect(200);
    expect(res.body).toEqual({ password: true, google: true, facebook: true, sso: false });
  });

  it('signs up with Google only after the terms of use, into the same cookie session as a password sign-in', async () => {
    const email = uniqueEmail('ada.google');
    person('google-ada', email);
    const { params } = await browse('/auth/social/start/google?keepSignedIn=true');
    expect(params.get('outcome')).toBe('sign-up');
    const ticket = params.get('ticket')!;

    const step = await h.identity.get(`/auth/social/tickets/${ticket}`).expect(200);
    expect(step.body).toMatchObject({ step: 'sign-up', provider: 'google', method: 'Google', email, firstName: 'Ada', lastName: 'Lovelace', keepSignedIn: true });
    // No account exists before the person accepts the terms.
    expect(await countUsers(email)).toBe(0);
    const refused = await h.identity.post('/auth/social/sign-up').set(csrf).send({ ticket, acceptTerms: false }).expect(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    expect(await countUsers(email)).toBe(0);

    const res = await h.identity.post('/auth/social/sign-up').set(csrf).send({ ticket, acceptTerms: true }).expect(201);
    expect(res.body.user.email).toBe(email);
    expect(res.body.refreshToken).toBeUndefined();
    const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('lic_refresh='))!;
    expect(cookie).toMatch(/Path=\/api\/identity\/auth; HttpOnly; SameSite=Strict/);
    // "Keep me signed in" from the start carried through: a 30-day session.
    expect(new Date(res.body.refreshTokenExpiresAt).getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
    const [row] = (await h.db.query(`SELECT password_hash FROM users WHERE email = $1`, [email])) as Array<{ password_hash: string | null }>;
    expect(row!.password_hash).toBeNull();
    await h.smtp.waitFor((m) => m.to.includes(email) && /welcome/i.test(m.subject + m.text));

    const refreshed = await h.identity.post('/auth/refresh').set(csrf).set('cookie', cookie.split(';')[0]!).send({}).expect(200);
    expect(refreshed.body.user.email).toBe(email);
    // The ticket was used.
    await h.identity.post('/auth/social/sign-up').set(csrf).send({ ticket, acceptTerms: true }).expect(400);
    ada = { email, sub: 'google-ada', accessToken: res.body.accessToken };
  });

  it('signs in again with the same Google identity and a single-use ticket', async () => {
    person(ada.sub, ada.email);
    const { params } = await browse('/auth/social/start/google');
    expect(params.get('outcome')).toBe('signed-in');
    const ticket = params.get('ticket')!;
    const res = await h.identity.post('/auth/social/session').send({ ticket }).expect(200);
    expect(res.body.user.email).toBe(ada.email);
    expect(res.body.refreshToken).toEqual(expect.any(String));
    await h.identity.get('/me').set(bearer(res.body.accessToken)).expect(200);
    const again = await h.identity.post('/auth/social/session').send({ ticket }).expect(400);
    expect(again.body.code).toBe('SOCIAL_TICKET_INVALID');
    ada.accessToken = res.body.accessToken;
  });

  it('never trusts an unverified provider email, to sign up or to link', async () => {
    const email = uniqueEmail('eve');
    person('google-eve', email, false);
    const { params } = await browse('/auth/social/start/google');
    expect(params.get('error')).toBe('PROVIDER_EMAIL_UNVERIFIED');
    expect(await countUsers(email)).toBe(0);

    // An unverified claim to Ada's address gets nowhere near her account.
    person('google-mallory', ada.email, false);
    const second = await browse('/auth/social/start/google');
    expect(second.params.get('error')).toBe('PROVIDER_EMAIL_UNVERIFIED');
    const [{ n }] = (await h.db.query(`SELECT count(*)::int AS n FROM user_identities WHERE subject = 'google-mallory'`)) as Array<{ n: number }>;
    expect(n).toBe(0);

    // Facebook answers no email for an address the person has not confirmed (or not shared).
    facebook.person = { id: '10158000000000099', first_name: 'Eve', last_name: 'Unconfirmed' };
    const third = await browse('/auth/social/start/facebook');
    expect(third.params.get('error')).toBe('PROVIDER_EMAIL_UNVERIFIED');
    const [{ m }] = (await h.db.query(`SELECT count(*)::int AS m FROM user_identities WHERE subject = '10158000000000099'`)) as Array<{ m: number }>;
    expect(m).toBe(0);
  });

  it("links Facebook to an existing account only with the account's password", async () => {
    const grace = await signUp(h, { firstName: 'Grace', lastName: 'Hopper' });
    facebook.person = { id: '10158000000000042', first_name: 'Grace', last_name: 'Hopper', email: grace.email };
    const { params } = await browse('/auth/social/start/facebook');
    expect(params.get('outcome')).toBe('link');
    const ticket = params.get('ticket')!;
    const step = await h.identity.get(`/auth/social/tickets/${ticket}`).expect(200);
    expect(step.body).toMatchObject({ step: 'link', provider: 'facebook', email: grace.email, passwordSignInAvailable: true });

    // Not silently: without the password there is no session and no link.
    const asSession = await h.identity.post('/auth/social/session').send({ ticket }).expect(400);
    expect(asSession.body.code).toBe('SOCIAL_TICKET_INVALID');
    const wrong = await h.identity.post('/auth/social/link-with-password').send({ ticket, password: 'not-the-password-1' }).expect(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    const linked = async () =>
      ((await h.db.query(`SELECT count(*)::int AS n FROM user_identities WHERE user_id = $1`, [grace.id])) as Array<{ n: number }>)[0]!.n;
    expect(await linked()).toBe(0);

    const res = await h.identity.post('/auth/social/link-with-password').set(csrf).send({ ticket, password: PASSWORD }).expect(200);
    expect(res.body.user.id).toBe(grace.id);
    expect(await linked()).toBe(1);
    const mail = await h.smtp.waitFor((m) => m.to.includes(grace.email) && /new way to sign in/i.test(m.subject));
    expect(mail.text).toContain('Facebook');

    // From now on Facebook signs Grace in directly.
    const next = await browse('/auth/social/start/facebook');
    expect(next.params.get('outcome')).toBe('signed-in');
  });

  it('links a provider from a signed-in session, and refuses an identity that belongs to someone else', async () => {
    const browser = new RedirectFollower(gw);
    const start = await h.identity.post('/me/identities/link').set(bearer(ada.accessToken)).send({ provider: 'facebook' }).expect(200);
    browser.keep(`${gw}/api/identity`, start.headers['set-cookie'] as unknown as string[]);
    facebook.person = { id: '10158000000000077', first_name: 'Ada', last_name: 'Lovelace', email: `fb.${ada.email}` };
    const end = await browser.follow(start.body.authorizationUrl);
    expect(Object.fromEntries(end.url.searchParams)).toEqual({ outcome: 'linked', method: 'Facebook' });
    const list = await h.identity.get('/me/identities').set(bearer(ada.accessToken)).expect(200);
    expect(list.body.hasPassword).toBe(false);
    expect(list.body.items.map((i: { provider: string }) => i.provider)).toEqual(['google', 'facebook']);
    await h.smtp.waitFor((m) => m.to.includes(ada.email) && /new way to sign in/i.test(m.subject) && m.text.includes('Facebook'));

    // Grace, signed in, tries to link Ada's Google identity.
    const grace = await signUp(h);
    const other = new RedirectFollower(gw);
    const theirs = await h.identity.post('/me/identities/link').set(bearer(grace.accessToken)).send({ provider: 'google' }).expect(200);
    other.keep(`${gw}/api/identity`, theirs.headers['set-cookie'] as unknown as string[]);
    person(ada.sub, ada.email);
    const refused = await other.follow(theirs.body.authorizationUrl);
    expect(refused.url.searchParams.get('error')).toBe('IDENTITY_LINKED_ELSEWHERE');
  });

  it('refuses a callback whose state was not started in this browser, whose code belongs to another flow (PKCE), or whose ID token carries another nonce', async () => {
    person(ada.sub, ada.email);
    const browser = new RedirectFollower(gw);
    const toCallback = await browser.follow(`${gw}/api/identity/auth/social/start/google`, CALLBACK);
    const callback = toCallback.url;
    expect(callback.searchParams.get('code')).toBeTruthy();
    // What went to the provider: the code flow with PKCE S256, a state and (OpenID Connect) a nonce.
    const authorize = new URL(toCallback.visited.find((u) => u.startsWith(google.issuer))!);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      response_type: 'code',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      state: callback.searchParams.get('state'),
      nonce: expect.stringMatching(/^[A-Za-z0-9_-]{20,}$/),
      redirect_uri: `${gw}${CALLBACK}`,
    });

    // A forged state.
    const forged = new URL(callback);
    forged.searchParams.set('state', 'forged-state-value');
    const a = await browser.follow(forged.toString());
    expect(a.url.searchParams.get('error')).toBe('SOCIAL_STATE_INVALID');

    // The genuine callback URL replayed in another browser (no binding cookie): login CSRF refused.
    const b = await new RedirectFollower(gw).follow(callback.toString());
    expect(b.url.searchParams.get('error')).toBe('SOCIAL_STATE_INVALID');

    // One browser, two flows: the code of the first presented with the state of the second. The
    // verifier of the second does not match the first's challenge, so the provider refuses.
    const first = await browser.follow(`${gw}/api/identity/auth/social/start/google`, CALLBACK);
    const second = await browser.follow(`${gw}/api/identity/auth/social/start/google`, CALLBACK);
    const mixed = new URL(second.url);
    mixed.searchParams.set('code', first.url.searchParams.get('code')!);
    const c = await browser.follow(mixed.toString());
    expect(c.url.searchParams.get('error')).toBe('PROVIDER_REJECTED');

    // An ID token minted for another authorization request (its nonce is not this flow's): refused.
    const third = await browser.follow(`${gw}/api/identity/auth/social/start/google`, CALLBACK);
    const redis = new Redis(h.env.REDIS_URL!, { maxRetriesPerRequest: 1 });
    try {
      const key = `${h.env.QUEUE_PREFIX}:social:flow:${sha256Hex(third.url.searchParams.get('state')!)}`;
      const flow = JSON.parse((await redis.get(key))!) as { nonce: string };
      expect(flow.nonce).toEqual(expect.any(String));
      await redis.set(key, JSON.stringify({ ...flow, nonce: 'the-nonce-of-another-request' }), 'KEEPTTL');
    } finally {
      redis.disconnect();
    }
    const e = await browser.follow(third.url.toString());
    expect(e.url.searchParams.get('error')).toBe('PROVIDER_REJECTED');

    // The same with Facebook's endpoints.
    facebook.person = { id: '10158000000000042', first_name: 'Grace', last_name: 'Hopper', email: 'grace.other@example.com' };
    const fb1 = await browser.follow(`${gw}/api/identity/auth/social/start/facebook`, CALLBACK);
    const dialog = new URL(fb1.visited.find((u) => u.startsWith(facebook.url))!);
    expect(dialog.searchParams.get('code_challenge_method')).toBe('S256');
    expect(dialog.searchParams.get('state')).toBe(fb1.url.searchParams.get('state'));
    expect(dialog.searchParams.has('nonce')).toBe(false);
    const fb2 = await browser.follow(`${gw}/api/identity/auth/social/start/facebook`, CALLBACK);
    const fbMixed = new URL(fb2.url);
    fbMixed.searchParams.set('code', fb1.url.searchParams.get('code')!);
    const d = await browser.follow(fbMixed.toString());
    expect(d.url.searchParams.get('error')).toBe('PROVIDER_REJECTED');
  });

  it('unlinks, keeps the last way to sign in, and lets a provider-only user set a password', async () => {
    const list = await h.identity.get('/me/identities').set(bearer(ada.accessToken)).expect(200);
    const byProvider = Object.fromEntries(list.body.items.map((i: { provider: string; id: string }) => [i.provider, i.id]));
    await h.identity.delete(`/me/identities/${byProvider.facebook}`).set(bearer(ada.accessToken)).expect(204);
    const mail = await h.smtp.waitFor((m) => m.to.includes(ada.email) && /was removed/i.test(m.subject));
    expect(mail.text).toContain('Facebook');

    const last = await h.identity.delete(`/me/identities/${byProvider.google}`).set(bearer(ada.accessToken)).expect(409);
    expect(last.body.code).toBe('LAST_SIGN_IN_METHOD');
    await h.identity.delete(`/me/identities/${byProvider.facebook}`).set(bearer(ada.accessToken)).expect(404);
    await h.identity.delete('/me/identities/not-a-uuid').set(bearer(ada.accessToken)).expect(404);

    await h.identity.post('/me/password/set').set(bearer(ada.accessToken)).send({ password: 'short' }).expect(400);
    await h.identity.post('/me/password/set').set(bearer(ada.accessToken)).send({ password: PASSWORD }).expect(204);
    const again = await h.identity.post('/me/password/set').set(bearer(ada.accessToken)).send({ password: PASSWORD }).expect(409);
    expect(again.body.code).toBe('PASSWORD_ALREADY_SET');
    await h.identity.delete(`/me/identities/${byProvider.google}`).set(bearer(ada.accessToken)).expect(204);
    await h.identity.post('/auth/sign-in').send({ email: ada.email, password: PASSWORD }).expect(200);
    const after = await h.identity.get('/me/identities').set(bearer(ada.accessToken)).expect(200);
    expect(after.body).toEqual({ hasPassword: true, items: [] });
  });

  it('answers a declined consent and a provider that is down with clear errors', async () => {
    facebook.decline = true;
    const declined = await browse('/auth/social/start/facebook');
    expect(declined.params.get('error')).toBe('PROVIDER_REJECTED');
    facebook.decline = false;

    const link = await h.identity.post('/me/identities/link').set(bearer(ada.accessToken)).send({ provider: 'nope' }).expect(400);
    expect(link.body.code).toBe('VALIDATION_FAILED');

    // Facebook goes down between its dialog and the code exchange.
    const browser = new RedirectFollower(gw);
    const atCallback = await browser.follow(`${gw}/api/identity/auth/social/start/facebook`, CALLBACK);
    await facebook.close();
    const end = await browser.follow(atCallback.url.toString());
    expect(end.url.searchParams.get('error')).toBe('PROVIDER_UNAVAILABLE');
  });
});
