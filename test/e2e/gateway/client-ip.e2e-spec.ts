import { describe, expect, it } from '@jest/globals';
import { Harness, uniqueEmail } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { signIn, signUp } from '../identity/identity-helpers.js';

/**
 * Behind the gateway the services see the client's real address: a client cannot choose its IP
 * with X-Forwarded-For to escape a per-IP rate limit, and a service believes forwarded headers only
 * from the peers TRUST_PROXY names.
 */
describe('gateway: real client IPs for rate limits, forwarded headers trusted from the gateway only', () => {
  const h = useHarness({ services: ['identity'], gateway: true, env: { SIGN_IN_LIMIT_PER_IP: '3', SIGN_IN_LIMIT_PER_EMAIL: '100' } });

  it('counts failed sign-ins per real client IP, whatever X-Forwarded-For the client sends', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await signIn(h, uniqueEmail('spray'), 'guess-password-1').set('x-forwarded-for', `198.51.100.${i + 1}`);
      expect(res.status).toBe(401);
    }
    const limited = await signIn(h, uniqueEmail('spray'), 'guess-password-1').set('x-forwarded-for', '198.51.100.99');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('TOO_MANY_REQUESTS');
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
  });

  it('a service ignores X-Forwarded-For from a peer TRUST_PROXY does not name', async () => {
    const direct = await Harness.start({ services: ['identity'], env: { TRUST_PROXY: '192.0.2.1' } });
    try {
      const me = await signUp(direct);
      const res = await signIn(direct, me.email).set('x-forwarded-for', '203.0.113.77');
      expect(res.status).toBe(200);
      const [row] = await direct.db.query(`SELECT ip FROM sessions WHERE id = $1`, [res.body.sessionId]);
      expect(row.ip).toBe('127.0.0.1');
    } finally {
      await direct.close();
    }
  });
});
