import { describe, expect, it } from '@jest/globals';
import { uniqueEmail } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { PASSWORD, signIn, signUp } from './identity-helpers.js';

describe('identity: sign-in and reset requests are rate limited per IP and per email', () => {
  const h = useHarness({
    services: ['identity'],
    env: {
      SIGN_IN_LIMIT_PER_EMAIL: '3',
      SIGN_IN_LIMIT_PER_IP: '5',
      SIGN_IN_LIMIT_WINDOW_SECONDS: '600',
      PASSWORD_RESET_LIMIT_PER_EMAIL: '2',
      PASSWORD_RESET_LIMIT_PER_IP: '4',
    },
  });

  it('refuses an email after too many failed sign-ins, even with the right password, with Retry-After', async () => {
    const me = await signUp(h);
    for (let i = 0; i < 3; i++) {
      const res = await signIn(h, me.email, 'wrong-password-1').set('x-forwarded-for', `198.51.100.${i + 1}`);
      expect(res.status).toBe(401);
    }
    const limited = await signIn(h, me.email, 'wrong-password-1').set('x-forwarded-for', '198.51.100.9');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('TOO_MANY_REQUESTS');
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(590);
    expect(retryAfter).toBeLessThanOrEqual(600);

    const right = await signIn(h, me.email, PASSWORD).set('x-forwarded-for', '198.51.100.10');
    expect(right.status).toBe(429);
  });

  it('refuses an IP after too many failures across emails; other IPs are unaffected', async () => {
    const ip = '203.0.113.50';
    for (let i = 0; i < 5; i++) {
      expect((await signIn(h, uniqueEmail('spray'), 'guess-password-1').set('x-forwarded-for', ip)).status).toBe(401);
    }
    const me = await signUp(h);
    const limited = await signIn(h, me.email).set('x-forwarded-for', ip);
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect((await signIn(h, me.email).set('x-forwarded-for', '203.0.113.51')).status).toBe(200);
  });

  it('does not count successful sign-ins', async () => {
    const me = await signUp(h);
    for (let i = 0; i < 6; i++) {
      expect((await signIn(h, me.email).set('x-forwarded-for', '192.0.2.77')).status).toBe(200);
    }
  });

  it('limits forgot-password per email and per IP, still without telling whether the email exists', async () => {
    const me = await signUp(h);
    const ask = (email: string, ip: string) => h.identity.post('/auth/forgot-password').set('x-forwarded-for', ip).send({ email });
    expect((await ask(me.email, '192.0.2.1')).status).toBe(202);
    expect((await ask(me.email, '192.0.2.2')).status).toBe(202);
    const perEmail = await ask(me.email, '192.0.2.3');
    expect(perEmail.status).toBe(429);
    expect(perEmail.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(perEmail.headers['retry-after'])).toBeGreaterThan(3500);

    const ip = '192.0.2.20';
    for (let i = 0; i < 4; i++) expect((await ask(uniqueEmail('reset'), ip)).status).toBe(202);
    const perIp = await ask(uniqueEmail('reset'), ip);
    expect(perIp.status).toBe(429);
    expect(perIp.headers['retry-after']).toMatch(/^\d+$/);
  });
});

describe('identity: sign-in while Redis is down', () => {
  const h = useHarness({ services: ['identity'], ownRedis: true, env: { SIGN_IN_LIMIT_PER_EMAIL: '1' } });

  it('lets people sign in without rate limits rather than locking them out', async () => {
    const me = await signUp(h);
    await h.redis!.stop();
    try {
      expect((await signIn(h, me.email, 'wrong-password-1')).status).toBe(401);
      const res = await signIn(h, me.email);
      expect(res.status).toBe(200);
      expect(res.body.accessToken).toEqual(expect.any(String));
    } finally {
      // The services' shutdown waits for Redis (as it would in production): bring it back.
      await h.redis!.start();
    }
  });
});
