import { describe, expect, it } from '@jest/globals';
import { uniqueEmail } from '../../support/harness.js';
import { settled } from '../../support/settled.js';
import { useHarness } from '../../support/suite.js';
import { bearer, PASSWORD, signIn, signUp, tokenFromEmail } from './identity-helpers.js';

const NEW_PASSWORD = 'difference-engine-2';

describe('identity: forgot and reset password (link from the email)', () => {
  const h = useHarness({ services: ['identity', 'notification'] });

  const forgot = (email: string) => h.identity.post('/auth/forgot-password').send({ email });
  const resetEmail = (email: string, after = 0) =>
    h.smtp.waitFor((m) => m.to.includes(email) && m.subject.includes('Reset your') && h.smtp.received.indexOf(m) >= after);

  it('answers the same whether or not the email is registered, and emails only a registered one', async () => {
    const me = await signUp(h, { firstName: 'Grace' });
    const nobody = uniqueEmail('nobody');
    const known = await forgot(me.email.toUpperCase());
    const unknown = await forgot(nobody);
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(known.body).toEqual(unknown.body);

    const mail = await resetEmail(me.email);
    expect(mail.subject).toBe('Reset your Mac Management password');
    expect(mail.text).toContain('Hello Grace');
    tokenFromEmail(mail, '/reset-password');
    // Once every event is published and every delivery settled, none went to the unknown address.
    await settled(h);
    expect(h.smtp.to(nobody)).toHaveLength(0);
    const [{ count }] = await h.db.query(`SELECT count(*)::int AS count FROM outbox_events WHERE payload->>'email' = $1`, [nobody]);
    expect(count).toBe(0);
  });

  it('resets with the link once, signs out every session, and refuses the link a second time', async () => {
    const me = await signUp(h);
    const other = await signIn(h, me.email);
    expect((await forgot(me.email)).status).toBe(202);
    const token = tokenFromEmail(await resetEmail(me.email), '/reset-password');
    const [stored] = await h.db.query(`SELECT token_hash FROM password_reset_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = $1`, [me.email]);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.token_hash).not.toBe(token);

    const weak = await h.identity.post('/auth/reset-password').send({ token, password: 'weak' });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('VALIDATION_FAILED');

    const reset = await h.identity.post('/auth/reset-password').send({ token, password: NEW_PASSWORD });
    expect(reset.status).toBe(204);

    for (const accessToken of [me.accessToken, other.body.accessToken]) {
      const res = await h.identity.get('/me').set(bearer(accessToken));
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('SESSION_REVOKED');
    }
    expect((await h.identity.post('/auth/refresh').send({ refreshToken: me.refreshToken })).body.code).toBe('SESSION_REVOKED');
    expect((await signIn(h, me.email, PASSWORD)).status).toBe(401);
    expect((await signIn(h, me.email, NEW_PASSWORD)).status).toBe(200);

    const again = await h.identity.post('/auth/reset-password').send({ token, password: 'third-password-3' });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('RESET_TOKEN_INVALID');
    expect((await signIn(h, me.email, NEW_PASSWORD)).status).toBe(200);
  });

  it('voids the other outstanding links of the user once one is used', async () => {
    const me = await signUp(h);
    await forgot(me.email);
    const first = tokenFromEmail(await resetEmail(me.email), '/reset-password');
    const count = h.smtp.received.length;
    await forgot(me.email);
    const second = tokenFromEmail(await resetEmail(me.email, count), '/reset-password');
    expect(second).not.toBe(first);
    expect((await h.identity.post('/auth/reset-password').send({ token: second, password: NEW_PASSWORD })).status).toBe(204);
    const stale = await h.identity.post('/auth/reset-password').send({ token: first, password: 'third-password-3' });
    expect(stale.body.code).toBe('RESET_TOKEN_INVALID');
  });

  it('refuses an expired link', async () => {
    const me = await signUp(h);
    await forgot(me.email);
    const token = tokenFromEmail(await resetEmail(me.email), '/reset-password');
    await h.db.query(`UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [me.id]);
    const res = await h.identity.post('/auth/reset-password').send({ token, password: NEW_PASSWORD });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('RESET_TOKEN_EXPIRED');
    expect((await signIn(h, me.email, PASSWORD)).status).toBe(200);
  });

  it('refuses a made-up token and invalid input', async () => {
    const made = await h.identity.post('/auth/reset-password').send({ token: 'A'.repeat(43), password: NEW_PASSWORD });
    expect(made.status).toBe(400);
    expect(made.body.code).toBe('RESET_TOKEN_INVALID');
    const bad = await h.identity.post('/auth/forgot-password').send({ email: 'not-an-email' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });
});
