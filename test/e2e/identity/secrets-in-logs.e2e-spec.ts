import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually, uniqueEmail } from '../../support/harness.js';
import { createAccount } from '../../support/factories.js';
import { TestFacebook } from '../../support/facebook.js';
import { TestOidcProvider } from '../../support/oidc-provider.js';
import { ServiceProcess } from '../../support/processes.js';
import { RedirectFollower } from '../../support/redirects.js';
import { useHarness } from '../../support/suite.js';
import { asTestUser, bearer, PASSWORD, signUp, socialProviderEnv } from './identity-helpers.js';

const csrf = { 'x-csrf-token': '1' };
const CALLBACK = '/api/identity/auth/social/callback';
const hex = () => randomBytes(8).toString('hex');
const GOOGLE = { clientId: 'google-client.apps.example', clientSecret: `google-secret-${hex()}` };
const FACEBOOK = { clientId: '1234567890', clientSecret: `facebook-secret-${hex()}` };
const SSO = { clientId: 'licensing-portal', clientSecret: `sso-secret-${hex()}` };

type LogLine = { level: number; msg?: string; [field: string]: unknown };

/**
 * Identity and the gateway in front of it, each run as its own process at LOG_LEVEL=debug, their
 * log lines read, while Google, Facebook and an account's single sign-on go through their flows
 * (through the gateway, against local providers): the providers' client secrets, the codes, states
 * and tickets of the flows, passwords and session tokens appear in no line of either.
 */
describe('identity: provider secrets and flow values never reach the logs', () => {
  let google: TestOidcProvider;
  let idp: TestOidcProvider;
  let facebook: TestFacebook;
  let identity: ServiceProcess | undefined;
  let gateway: ServiceProcess | undefined;
  let gw: string;

  // Before the harness's own teardown; the gateway first, then what is behind it.
  afterAll(async () => {
    await gateway?.stop();
    await identity?.stop();
    await google?.close();
    await idp?.close();
    await facebook?.close();
  });
  const h = useHarness(async () => {
    google = await new TestOidcProvider().listen();
    idp = await new TestOidcProvider().listen();
    facebook = await new TestFacebook(FACEBOOK).listen();
    return {
      services: [],
      env: socialProviderEnv({ issuer: google.issuer, client: GOOGLE }, { url: facebook.url, client: FACEBOOK }),
    };
  });
  beforeAll(async () => {
    identity = await ServiceProcess.start('identity', { ...h.env, LOG_LEVEL: 'debug', LOG_FORMAT: 'json' }, 30_000, { captureOutput: true });
    const started = await h.startGatewayProcess({ IDENTITY_URL: identity.url, LOG_LEVEL: 'debug', LOG_FORMAT: 'json' }, { captureOutput: true });
    gateway = started;
    gw = started.url;
    google.register({ ...GOOGLE, redirectUri: `${gw}${CALLBACK}` });
    idp.register({ ...SSO, redirectUri: `${gw}${CALLBACK}` });
  }, 60_000);

  const lines = (service: ServiceProcess = identity!): LogLine[] =>
    service.output
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as LogLine);

  it('keeps client secrets, codes, states, tickets, passwords and tokens out of every line', async () => {
    const secrets: string[] = [GOOGLE.clientSecret, FACEBOOK.clientSecret, SSO.clientSecret, PASSWORD];
    let callbackHops = 0;
    /** Follows a flow as a browser; the callback's code and state and the portal's ticket are secrets too. */
    const follow = async (url: string, browser = new RedirectFollower(gw)) => {
      const end = await browser.follow(url);
      for (const hop of end.visited) {
        const { pathname, searchParams } = new URL(hop);
        if (pathname !== CALLBACK) continue;
        callbackHops++;
        secrets.push(searchParams.get('code')!, searchParams.get('state')!);
      }
      expect(end.url.pathname).toBe('/social/callback');
      const ticket = end.url.searchParams.get('ticket');
      if (ticket) secrets.push(ticket);
      return end.url.searchParams;
    };

    // An account's single sign-on: configured (the secret sent), linked by its admin while signed in.
    const domain = `acme-${hex()}.example`;
    const admin = await signUp(h, { email: `admin@${domain}` });
    secrets.push(admin.accessToken, admin.refreshToken);
    const account = await createAccount(h.db, asTestUser(admin), 'Acme Logs Inc.');
    await h.identity
      .put(`/accounts/${account.id}/sso`)
      .set(bearer(admin.accessToken))
      .send({ issuer: idp.issuer, clientId: SSO.clientId, clientSecret: SSO.clientSecret, allowedDomains: [domain], required: false })
      .expect(200);
    idp.person = { sub: 'idp-admin', email: admin.email, emailVerified: true, givenName: 'Ada', familyName: 'Lovelace' };
    const browser = new RedirectFollower(gw);
    const start = await h.identity.post('/me/identities/link').set(bearer(admin.accessToken)).send({ provider: 'sso', accountId: account.id }).expect(200);
    browser.keep(`${gw}/api/identity`, start.headers['set-cookie'] as unknown as string[]);
    expect((await follow(start.body.authorizationUrl, browser)).get('outcome')).toBe('linked');

    // Google: a sign-up, then a session from a sign-in ticket.
    const email = uniqueEmail('logs.google');
    google.person = { sub: `google-${hex()}`, email, emailVerified: true, givenName: 'Grace', familyName: 'Hopper' };
    const signUpTicket = (await follow(`${gw}/api/identity/auth/social/start/google`)).get('ticket')!;
    const created = await h.identity.post('/auth/social/sign-up').send({ ticket: signUpTicket, acceptTerms: true }).expect(201);
    secrets.push(created.body.accessToken, created.body.refreshToken);
    const signInTicket = (await follow(`${gw}/api/identity/auth/social/start/google`)).get('ticket')!;
    const session = await h.identity.post('/auth/social/session').set(csrf).send({ ticket: signInTicket }).expect(200);
    secrets.push(session.body.accessToken);

    // Facebook: the code exchange (its secret sent) and a refused exchange, which is logged as an error.
    facebook.person = { id: `1015${Date.now()}`, first_name: 'Joan', last_name: 'Clarke', email: uniqueEmail('logs.facebook') };
    expect((await follow(`${gw}/api/identity/auth/social/start/facebook`)).get('outcome')).toBe('sign-up');
    const two = new RedirectFollower(gw);
    const first = await two.follow(`${gw}/api/identity/auth/social/start/facebook`, CALLBACK);
    const second = await two.follow(`${gw}/api/identity/auth/social/start/facebook`, CALLBACK);
    const mixed = new URL(second.url);
    mixed.searchParams.set('code', first.url.searchParams.get('code')!);
    secrets.push(first.url.searchParams.get('code')!, second.url.searchParams.get('code')!, mixed.searchParams.get('state')!);
    expect((await two.follow(mixed.toString())).url.searchParams.get('error')).toBe('PROVIDER_REJECTED');
    callbackHops++;

    // A request's line is written once it is answered: every callback's line is the barrier.
    const callbackLines = () => lines().filter((l) => (l.req as { url?: string } | undefined)?.url?.startsWith('/auth/social/callback'));
    await eventually(() => (callbackLines().length >= callbackHops ? true : undefined), 10_000, 'every callback logged');
    const all = lines();
    // Logging was on: requests, the SSO configuration and the provider sign-up are there.
    expect(all.filter((l) => l.req !== undefined).length).toBeGreaterThan(10);
    expect(all.map((l) => l.msg)).toEqual(expect.arrayContaining(['Single sign-on configured', 'Signed up through a provider']));
    expect(callbackLines()).toHaveLength(callbackHops);
    for (const l of callbackLines()) expect((l.req as { url: string }).url).toMatch(/code=\[redacted\]&state=\[redacted\]|state=\[redacted\].*code=\[redacted\]/);

    // The gateway's lines: each request it proxied (the callbacks too, redacted), at debug.
    const gatewayCallbackLines = () => lines(gateway).filter((l) => (l.req as { url?: string } | undefined)?.url?.startsWith(CALLBACK));
    await eventually(() => (gatewayCallbackLines().length >= callbackHops ? true : undefined), 10_000, 'every callback logged by the gateway');
    const gatewayLines = lines(gateway);
    expect(gatewayLines.every((l) => l.service === 'gateway')).toBe(true);
    expect(gatewayLines.filter((l) => l.req !== undefined).length).toBeGreaterThan(10);
    expect(gatewayCallbackLines()).toHaveLength(callbackHops);
    for (const l of gatewayCallbackLines()) expect((l.req as { url: string }).url).toMatch(/code=\[redacted\]&state=\[redacted\]|state=\[redacted\].*code=\[redacted\]/);

    for (const [name, service] of [['identity', identity!], ['gateway', gateway!]] as const) {
      const output = service.output;
      for (const secret of secrets) {
        expect(secret).toBeTruthy();
        if (output.includes(secret)) {
          const line = lines(service).find((l) => JSON.stringify(l).includes(secret));
          throw new Error(`a secret value (${secret.slice(0, 12)}…) is in the ${name} log: ${line?.msg}`);
        }
      }
    }
  }, 60_000);
});
