import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createAccount, createOperator, addMember, type TestUser } from '../../support/factories.js';
import { useHarness } from '../../support/suite.js';
import { TestOidcProvider } from '../../support/oidc-provider.js';
import { RedirectFollower } from '../../support/redirects.js';
import { bearer, PASSWORD, signUp } from './identity-helpers.js';

const CALLBACK = '/api/identity/auth/social/callback';
const CLIENT = { clientId: 'licensing-portal', clientSecret: `acme-secret-${randomBytes(6).toString('hex')}` };

/**
 * A business account's own OpenID Connect provider (a real oidc-provider started here): admins
 * connect it and require it; members must then sign in through it to act on that account, and only
 * on that account.
 */
describe('identity: single sign-on that a business account requires (through the gateway)', () => {
  let idp: TestOidcProvider;
  let gw: string;
  const domain = `acme-${randomBytes(3).toString('hex')}.example`;
  let admin: Awaited<ReturnType<typeof signUp>>;
  let member: Awaited<ReturnType<typeof signUp>>;
  let accountId: string;
  let otherAccountId: string;
  let operator: TestUser;
  let adminSsoToken: string;

  // Licensing too: the requirement holds for the account in every service, not only in identity.
  const h = useHarness({ services: ['identity', 'notification', 'licensing'], gateway: true, env: { OIDC_ALLOW_INSECURE_HTTP: 'true' } });
  beforeAll(async () => {
    idp = await new TestOidcProvider().listen();
    gw = h.gateway.url;
    idp.register({ ...CLIENT, redirectUri: `${gw}${CALLBACK}` });
    admin = await signUp(h, { email: `admin@${domain}`, firstName: 'Alan', lastName: 'Turing' });
    member = await signUp(h, { email: `member@${domain}`, firstName: 'Joan', lastName: 'Clarke' });
    const asUser = (u: typeof admin): TestUser => ({ id: u.id, email: u.email, firstName: 'x', lastName: 'y', role: 'user', token: u.accessToken, sessionId: u.sessionId });
    const account = await createAccount(h.db, asUser(admin), 'Acme SSO Inc.');
    accountId = account.id;
    await addMember(h.db, accountId, asUser(member));
    const other = await createAccount(h.db, asUser(member), 'Other Ltd.');
    otherAccountId = other.id;
    operator = await createOperator(h.db);
  }, 60_000);

  afterAll(async () => {
    await idp?.close();
  });

  const config = (overrides: Record<string, unknown> = {}) => ({
    issuer: idp.issuer,
    clientId: CLIENT.clientId,
    clientSecret: CLIENT.clientSecret,
    allowedDomains: [domain.toUpperCase()],
    required: false,
    ...overrides,
  });

  it('refuses an issuer that does not answer, then stores the provider without ever answering its secret', async () => {
    const down = await h.identity.put(`/accounts/${accountId}/sso`).set(bearer(admin.accessToken)).send(config({ issuer: 'http://127.0.0.1:9' })).expect(422);
    expect(down.body.code).toBe('SSO_ISSUER_UNREACHABLE');
    const noSecret = await h.identity.put(`/accounts/${accountId}/sso`).set(bearer(admin.accessToken)).send(config({ clientSecret: undefined })).expect(400);
    expect(noSecret.body.code).toBe('VALIDATION_FAILED');
    await h.identity.put(`/accounts/${accountId}/sso`).set(bearer(member.accessToken)).send(config()).expect(403);

    // Requiring it before anyone signed in through it could lock everyone out.
    const early = await h.identity.put(`/accounts/${accountId}/sso`).set(bearer(admin.accessToken)).send(config({ required: true })).expect(409);
    expect(early.body.code).toBe('SSO_SESSION_REQUIRED');

    const saved = await h.identity.put(`/accounts/${accountId}/sso`).set(bearer(admin.accessToken)).send(config()).expect(200);
    expect(saved.body).toEqual({
      configured: true,
      issuer: idp.issuer,
      clientId: CLIENT.clientId,
      clientSecretSet: true,
      allowedDomains: [domain],
      required: false,
      redirectUri: `${gw}${CALLBACK}`,
    });
    const read = await h.identity.get(`/accounts/${accountId}/sso`).set(bearer(admin.accessToken)).expect(200);
    expect(JSON.stringify(read.body)).not.toContain(CLIENT.clientSecret);
    const [row] = (await h.db.query(`SELECT client_secret_encrypted FROM account_sso_configs WHERE account_id = $1`, [accountId])) as Array<{ client_secret_encrypted: string }>;
    expect(row!.client_secret_encrypted).not.toContain(CLIENT.clientSecret);
    // Google and Facebook have no settings in this suite: they are off, and their start says so.
    const methods = await h.identity.get('/auth/methods').expect(200);
    expect(methods.body).toEqual({ password: true, google: false, facebook: false, sso: true });
    for (const provider of ['google', 'facebook']) {
      const off = await new RedirectFollower(gw).follow(`${gw}/api/identity/auth/social/start/${provider}`);
      expect(off.url.pathname).toBe('/social/callback');
      expect(off.url.searchParams.get('error')).toBe('SIGN_IN_METHOD_DISABLED');
    }
  });

  it('lets the admin link the provider while signed in, sign in through it, and then require it', async () => {
    idp.person = { sub: 'idp-admin', email: admin.email, emailVerified: true, givenName: 'Alan', familyName: 'Turing' };
    const browser = new RedirectFollower(gw);
    const start = await h.identity.post('/me/identities/link').set(bearer(admin.accessToken)).send({ provider: 'sso', accountId }).expect(200);
    browser.keep(`${gw}/api/identity`, start.headers['set-cookie'] as unknown as string[]);
    const linked = await browser.follow(start.body.authorizationUrl);
    expect(linked.url.searchParams.get('outcome')).toBe('linked');

    const signIn = await new RedirectFollower(gw).follow(`${gw}/api/identity/auth/sso/start?email=${encodeURIComponent(admin.email)}`);
    expect(signIn.url.searchParams.get('outcome')).toBe('signed-in');
    const session = await h.identity.post('/auth/social/session').send({ ticket: signIn.url.searchParams.get('ticket') }).expect(200);
    adminSsoToken = session.body.accessToken;

    const required = await h.identity.put(`/accounts/${accountId}/sso`).set(bearer(adminSsoToken)).send(config({ clientSecret: undefined, required: true })).expect(200);
    expect(required.body.required).toBe(true);

    const listed = await h.identity.get('/operator/sso-accounts?required=true').set(bearer(operator.token)).expect(200);
    expect(listed.body.items).toEqual([
      { accountId, companyName: 'Acme SSO Inc.', supportCode: expect.any(String), issuer: idp.issuer, allowedDomains: [domain], required: true },
    ]);
    expect(listed.body.total).toBe(1);
  });

  it("requires members to sign in through it to act on that account, and on that account only", async () => {
    const refused = await h.identity.get(`/accounts/${accountId}/members`).set(bearer(member.accessToken)).expect(403);
    expect(refused.body).toMatchObject({ code: 'SSO_REQUIRED', details: { accountId } });
    // The admin's own password session is refused too; the SSO session is not.
    await h.identity.get(`/accounts/${accountId}/members`).set(bearer(admin.accessToken)).expect(403);
    await h.identity.get(`/accounts/${accountId}/members`).set(bearer(adminSsoToken)).expect(200);
    // The member's other account does not care.
    await h.identity.get(`/accounts/${otherAccountId}/members`).set(bearer(member.accessToken)).expect(200);
    // The same in licensing, through the gateway: the account's dashboard needs the SSO session too.
    const dashboard = (accId: string, token: string) => h.licensing.get(`/accounts/${accId}/dashboard`).set(bearer(token));
    const elsewhere = await dashboard(accountId, member.accessToken).expect(403);
    expect(elsewhere.body).toMatchObject({ code: 'SSO_REQUIRED', details: { accountId } });
    await dashboard(accountId, adminSsoToken).expect(200);
    await dashboard(otherAccountId, member.accessToken).expect(200);

    // An address outside the allowed domains is refused by the account's provider flow.
    idp.person = { sub: 'idp-outsider', email: 'someone@elsewhere.example', emailVerified: true, givenName: 'Some', familyName: 'One' };
    const outsider = await new RedirectFollower(gw).follow(`${gw}/api/identity/auth/sso/start?accountId=${accountId}`);
    expect(outsider.url.searchParams.get('error')).toBe('SSO_EMAIL_DOMAIN_NOT_ALLOWED');
    const unknown = await new RedirectFollower(gw).follow(`${gw}/api/identity/auth/sso/start?email=nobody@unknown.example`);
    expect(unknown.url.searchParams.get('error')).toBe('SSO_NOT_CONFIGURED');

    // The member signs in through it the first time: the password proves the account is theirs.
    idp.person = { sub: 'idp-member', email: member.email, emailVerified: true, givenName: 'Joan', familyName: 'Clarke' };
    const first = await new RedirectFollower(gw).follow(`${gw}/api/identity/auth/sso/start?accountId=${accountId}&keepSignedIn=true`);
    expect(first.url.searchParams.get('outcome')).toBe('link');
    const step = await h.identity.get(`/auth/social/tickets/${first.url.searchParams.get('ticket')}`).expect(200);
    expect(step.body).toMatchObject({ step: 'link', provider: 'sso', method: 'Single sign-on (Acme SSO Inc.)' });
    const session = await h.identity.post('/auth/social/link-with-password').send({ ticket: first.url.searchParams.get('ticket'), password: PASSWORD }).expect(200);
    await h.identity.get(`/accounts/${accountId}/members`).set(bearer(session.body.accessToken)).expect(200);
    const mail = await h.smtp.waitFor((m) => m.to.includes(member.email) && /new way to sign in/i.test(m.subject));
    expect(mail.text).toContain('Single sign-on (Acme SSO Inc.)');

    // Disconnecting it lifts the requirement.
    await h.identity.delete(`/accounts/${accountId}/sso`).set(bearer(adminSsoToken)).expect(204);
    await h.identity.get(`/accounts/${accountId}/members`).set(bearer(member.accessToken)).expect(200);
    await dashboard(accountId, member.accessToken).expect(200);
    const gone = await h.identity.get(`/accounts/${accountId}/sso`).set(bearer(admin.accessToken)).expect(200);
    expect(gone.body.configured).toBe(false);
    await h.identity.delete(`/accounts/${accountId}/sso`).set(bearer(admin.accessToken)).expect(404);
  });

  it("answers PROVIDER_UNAVAILABLE when an account's provider is down at the start of a sign-in", async () => {
    // The member's other account connects a provider that answers then, and is down afterwards.
    const down = await new TestOidcProvider().listen();
    const client = { clientId: 'other-portal', clientSecret: `other-secret-${randomBytes(6).toString('hex')}` };
    down.register({ ...client, redirectUri: `${gw}${CALLBACK}` });
    const otherDomain = `other-${randomBytes(3).toString('hex')}.example`;
    await h.identity
      .put(`/accounts/${otherAccountId}/sso`)
      .set(bearer(member.accessToken))
      .send({ issuer: down.issuer, ...client, allowedDomains: [otherDomain], required: false })
      .expect(200);
    await down.close();
    const end = await new RedirectFollower(gw).follow(`${gw}/api/identity/auth/sso/start?email=someone@${otherDomain}`);
    expect(end.url.pathname).toBe('/social/callback');
    expect(end.url.searchParams.get('error')).toBe('PROVIDER_UNAVAILABLE');
  });
});
