import { describe, expect, it } from '@jest/globals';
import { uniqueEmail } from '../../support/harness.js';
import { settled } from '../../support/settled.js';
import { useHarness } from '../../support/suite.js';
import { bearer, PASSWORD, signIn, signUp, tokenFromEmail } from './identity-helpers.js';

describe('identity: changing one\'s email, confirmed from the new address, the old one told', () => {
  const h = useHarness({ services: ['identity', 'notification'] });

  const ask = (token: string, newEmail: string, currentPassword = PASSWORD) =>
    h.identity.post('/me/email').set(bearer(token)).send({ newEmail, currentPassword });
  const confirm = (token: string) => h.identity.post('/email-change/confirm').send({ token });
  const confirmMail = (to: string, after = 0) =>
    h.smtp.waitFor((m) => m.to.includes(to) && m.subject.includes('Confirm your new') && h.smtp.received.indexOf(m) >= after);

  it('sends one link to the new address, changes the email only when it is followed, and tells the old address', async () => {
    const me = await signUp(h, { firstName: 'Grace' });
    const newEmail = uniqueEmail('grace-new');
    const asked = await ask(me.accessToken, newEmail.toUpperCase());
    expect(asked.status).toBe(202);
    expect(asked.body).toEqual({ email: me.email, pending: { newEmail, expiresAt: expect.any(String) } });
    expect((await h.identity.get('/me/email').set(bearer(me.accessToken))).body.pending.newEmail).toBe(newEmail);

    const mail = await confirmMail(newEmail);
    expect(mail.subject).toBe('Confirm your new Mac Management email');
    expect(mail.text).toContain('Hello Grace');
    const token = tokenFromEmail(mail, '/email-change/confirm');
    const [stored] = await h.db.query(`SELECT token_hash FROM email_change_tokens WHERE user_id = $1`, [me.id]);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.token_hash).not.toBe(token);
    // Not yet: the old address still signs in, the new one does not.
    expect((await h.identity.get('/me').set(bearer(me.accessToken))).body.email).toBe(me.email);
    expect((await signIn(h, newEmail)).status).toBe(401);

    const done = await confirm(token);
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ email: newEmail });
    const notice = await h.smtp.waitFor((m) => m.to.includes(me.email) && m.subject.includes('email was changed'));
    expect(notice.subject).toBe('Your Mac Management email was changed');
    expect(notice.text).toContain(`from ${me.email} to ${newEmail}`);

    expect((await h.identity.get('/me').set(bearer(me.accessToken))).body.email).toBe(newEmail);
    expect((await h.identity.get('/me/email').set(bearer(me.accessToken))).body).toEqual({ email: newEmail, pending: null });
    expect((await signIn(h, me.email)).status).toBe(401);
    expect((await signIn(h, newEmail)).status).toBe(200);
    // The link works once.
    expect((await confirm(token)).body.code).toBe('EMAIL_CHANGE_TOKEN_INVALID');

    await settled(h);
    // Exactly: the welcome and the notice at the old address, the one link at the new one.
    expect(h.smtp.to(me.email).map((m) => m.subject)).toEqual(['Welcome to Mac Management, Grace', 'Your Mac Management email was changed']);
    expect(h.smtp.to(newEmail).map((m) => m.subject)).toEqual(['Confirm your new Mac Management email']);
  });

  it('needs the current password, refuses the same or a taken address, and bad input', async () => {
    const me = await signUp(h);
    const other = await signUp(h);
    const wrong = await ask(me.accessToken, uniqueEmail('x'), 'not-my-password-1');
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('CURRENT_PASSWORD_INCORRECT');
    expect((await ask(me.accessToken, me.email)).body.code).toBe('EMAIL_UNCHANGED');
    const taken = await ask(me.accessToken, other.email);
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('EMAIL_TAKEN');
    const bad = await ask(me.accessToken, 'not-an-email');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect((await h.identity.post('/me/email').send({ newEmail: uniqueEmail('y'), currentPassword: PASSWORD })).status).toBe(401);
    const short = await confirm('abc');
    expect(short.status).toBe(400);
    expect(short.body.code).toBe('VALIDATION_FAILED');
    expect((await confirm('A'.repeat(43))).body.code).toBe('EMAIL_CHANGE_TOKEN_INVALID');
    await settled(h);
    expect(h.smtp.to(me.email)).toHaveLength(1); // the welcome only
  });

  it('voids the earlier link on a newer request or a cancel, refuses an expired link and an address taken meanwhile', async () => {
    const me = await signUp(h);
    const first = uniqueEmail('first');
    const second = uniqueEmail('second');
    await ask(me.accessToken, first).expect(202);
    const firstToken = tokenFromEmail(await confirmMail(first), '/email-change/confirm');
    await ask(me.accessToken, second).expect(202);
    const secondToken = tokenFromEmail(await confirmMail(second), '/email-change/confirm');
    expect((await confirm(firstToken)).body.code).toBe('EMAIL_CHANGE_TOKEN_INVALID');

    await h.identity.delete('/me/email').set(bearer(me.accessToken)).expect(204);
    expect((await h.identity.get('/me/email').set(bearer(me.accessToken))).body.pending).toBeNull();
    expect((await confirm(secondToken)).body.code).toBe('EMAIL_CHANGE_TOKEN_INVALID');

    const third = uniqueEmail('third');
    await ask(me.accessToken, third).expect(202);
    const thirdToken = tokenFromEmail(await confirmMail(third), '/email-change/confirm');
    await h.db.query(`UPDATE email_change_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND used_at IS NULL`, [me.id]);
    const expired = await confirm(thirdToken);
    expect(expired.status).toBe(400);
    expect(expired.body.code).toBe('EMAIL_CHANGE_TOKEN_EXPIRED');

    const fourth = uniqueEmail('fourth');
    await ask(me.accessToken, fourth).expect(202);
    const fourthToken = tokenFromEmail(await confirmMail(fourth), '/email-change/confirm');
    await signUp(h, { email: fourth });
    const taken = await confirm(fourthToken);
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('EMAIL_TAKEN');
    expect((await h.identity.get('/me').set(bearer(me.accessToken))).body.email).toBe(me.email);

    await settled(h);
    // No "changed" notice: the email never changed.
    expect(h.smtp.to(me.email).map((m) => m.subject)).toEqual(['Welcome to Mac Management, Ada']);
  });
});
