import { describe, expect, it } from '@jest/globals';
import { eventually, uniqueEmail } from '../../support/harness.js';
import { settled } from '../../support/settled.js';
import { useHarness } from '../../support/suite.js';

describe('Redis down while a user signs up', () => {
  const h = useHarness({ services: ['identity', 'notification'], ownRedis: true });

  it('keeps the event in the outbox and delivers the welcome email exactly once when Redis returns', async () => {
    await h.redis!.stop();

    const ready = await h.identity.get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.code).toBe('SERVICE_UNAVAILABLE');
    expect(ready.body.details.error).toHaveProperty('redis');
    expect(ready.body.details.info).toHaveProperty('database');

    const email = uniqueEmail('outage');
    const res = await h.identity
      .post('/auth/sign-up')
      .send({ firstName: 'Grace', lastName: 'Hopper', email, password: 'cobol-compiler-59', acceptTerms: true });
    expect(res.status).toBe(201);

    // The relay tries, fails, and leaves the row for later.
    const pending = await eventually(async () => {
      const [row] = await h.db.query(`SELECT published_at, publish_attempts, last_error FROM outbox_events WHERE payload->>'email' = $1`, [email]);
      return row && row.publish_attempts > 0 ? row : undefined;
    }, 20_000, 'a failed publish attempt');
    expect(pending.published_at).toBeNull();
    expect(pending.last_error).toMatch(/timed out|connect|ECONNREFUSED|closed/i);
    expect(h.smtp.to(email)).toHaveLength(0);

    await h.redis!.start();

    const mail = await h.smtp.waitFor((m) => m.to.includes(email), 30_000);
    expect(mail.subject).toContain('Welcome');
    await eventually(async () => {
      const [row] = await h.db.query(`SELECT published_at FROM outbox_events WHERE payload->>'email' = $1`, [email]);
      return row.published_at ? row : undefined;
    });
    // Every publish attempt made while Redis was down is the same job id: once nothing is left in
    // flight, still one email.
    await settled(h);
    expect(h.smtp.to(email)).toHaveLength(1);
    const deliveries = await h.db.query(`SELECT status FROM email_deliveries WHERE recipient = $1`, [email]);
    expect(deliveries).toEqual([{ status: 'sent' }]);
  });
});
