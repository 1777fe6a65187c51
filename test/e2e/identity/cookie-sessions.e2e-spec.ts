import { describe, expect, it } from '@jest/globals';
import { mintAccessToken } from '../../support/factories.js';
import { Harness, uniqueEmail } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { bearer, PASSWORD } from './identity-helpers.js';

const csrf = { 'x-csrf-token': '1' };
const cookieOf = (res: { headers: Record<string, unknown> }): string => {
  const set = res.headers['set-cookie'] as string[] | undefined;
  const line = set?.find((c) => c.startsWith('lic_refresh='));
  if (!line) throw new Error('no lic_refresh cookie set');
  return line;
};
const pairOf = (line: string) => line.split(';')[0] as string;

describe('identity: the browser flow, refresh token in an HttpOnly cookie (through the gateway)', () => {
  const h = useHarness({ services: ['identity'], gateway: true });

  it('signs in, refreshes twice at once and signs out with the cookie alone', async () => {
    const email = uniqueEmail('browser');
    const up = await h.identity.post('/auth/sign-up').set(csrf).send({ firstName: 'Ada', lastName: 'Lovelace', email, password: PASSWORD, acceptTerms: true });
    expect(up.status).toBe(201);
    const signIn = await h.identity.post('/auth/sign-in').set(csrf).send({ email, password: PASSWORD });
    expect(signIn.status).toBe(200);
    expect(signIn.body.refreshToken).toBeUndefined();
    const line = cookieOf(signIn);
    expect(line).toMatch(/; Path=\/api\/identity\/auth; HttpOnly; SameSite=Strict; Max-Age=\d+; Secure$/);

    // Without the header the cookie is not enough (CSRF), and the body flow still works for others.
    const noHeader = await h.identity.post('/auth/refresh').set('cookie', pairOf(line)).send({});
    expect(noHeader.status).toBe(401);

    const [a, b] = await Promise.all([
      h.identity.post('/auth/refresh').set(csrf).set('cookie', pairOf(line)).send({}),
      h.identity.post('/auth/refresh').set(csrf).set('cookie', pairOf(line)).send({}),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(pairOf(cookieOf(a))).toBe(pairOf(cookieOf(b)));
    expect((await h.identity.get('/me').set(bearer(a.body.accessToken))).status).toBe(200);

    const refused = await h.identity.post('/auth/sign-out/cookie').set('cookie', pairOf(cookieOf(a)));
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('CSRF_HEADER_REQUIRED');
    // The portal's access token has expired (and still travels along): the cookie signs out all the same.
    const expired = await mintAccessToken({ id: up.body.user.id, email, sessionId: a.body.sessionId }, -60);
    expect((await h.identity.get('/me').set(bearer(expired))).status).toBe(401);
    const out = await h.identity.post('/auth/sign-out/cookie').set(csrf).set(bearer(expired)).set('cookie', pairOf(cookieOf(a)));
    expect(out.status).toBe(204);
    expect(cookieOf(out)).toContain('Max-Age=0');
    const after = await h.identity.post('/auth/refresh').set(csrf).set('cookie', pairOf(cookieOf(a))).send({});
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('SESSION_REVOKED');
    expect((await h.identity.get('/me').set(bearer(a.body.accessToken))).body.code).toBe('SESSION_REVOKED');
    // Nothing to end: still 204.
    expect((await h.identity.post('/auth/sign-out/cookie').set(csrf)).status).toBe(204);
  });

  it('drops Secure for local http and takes another SameSite when configured', async () => {
    const local = await Harness.start({ services: ['identity'], gateway: true, env: { REFRESH_COOKIE_SECURE: 'false', REFRESH_COOKIE_SAME_SITE: 'lax' } });
    try {
      const email = uniqueEmail('local');
      await local.identity.post('/auth/sign-up').send({ firstName: 'Ada', lastName: 'Lovelace', email, password: PASSWORD, acceptTerms: true }).expect(201);
      const signIn = await local.identity.post('/auth/sign-in').set(csrf).send({ email, password: PASSWORD }).expect(200);
      expect(cookieOf(signIn)).toMatch(/; Path=\/api\/identity\/auth; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
      const refreshed = await local.identity.post('/auth/refresh').set(csrf).set('cookie', pairOf(cookieOf(signIn))).send({}).expect(200);
      expect(cookieOf(refreshed)).not.toContain('Secure');
    } finally {
      await local.close();
    }
  });
});
