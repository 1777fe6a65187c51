import { describe, expect, it } from '@jest/globals';
import { addMember, createUser } from '../../support/factories.js';
import { uniqueEmail } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { settled } from '../../support/settled.js';
import type { ReceivedEmail } from '../../support/smtp.js';
import { bearer, createAccountApi, PASSWORD, signUp, tokenFromEmail, type SignedUp } from './identity-helpers.js';

describe('identity: invitations, from the email link to membership', () => {
  const h = useHarness({ services: ['identity', 'notification'] });

  async function team(companyName = 'Any Company, Inc'): Promise<{ admin: SignedUp; accountId: string; supportCode: string }> {
    const admin = await signUp(h, { firstName: 'John', lastName: 'Brown' });
    const accountId = await createAccountApi(h, admin.accessToken, { companyName });
    const [{ support_code: supportCode }] = await h.db.query(`SELECT support_code FROM business_accounts WHERE id = $1`, [accountId]);
    return { admin, accountId, supportCode };
  }

  const invite = (admin: SignedUp, accountId: string, emails: string[]) =>
    h.identity.post(`/accounts/${accountId}/invitations`).set(bearer(admin.accessToken)).send({ emails });

  /** The newest invitation email to `email`, newer than the `seen` ones. */
  const invitationEmail = (email: string, seen: ReceivedEmail[] = []) =>
    h.smtp.waitFor((m) => m.to.includes(email) && m.subject.includes('invited you') && !seen.includes(m));

  it('invites several addresses at once, with a result per address, and emails the invited ones', async () => {
    const { admin, accountId, supportCode } = await team('Invite Co');
    const member = await createUser(h.db);
    await addMember(h.db, accountId, member, 'member');
    const fresh = uniqueEmail('fresh');
    const pending = uniqueEmail('pending');
    expect((await invite(admin, accountId, [pending])).body.results[0].result).toBe('invited');

    const res = await invite(admin, accountId, [` ${fresh.toUpperCase()} `, 'not-an-email', member.email, pending, fresh, admin.email]);
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([
      { email: fresh, result: 'invited', invitationId: expect.any(String) },
      { email: 'not-an-email', result: 'invalid', invitationId: null },
      { email: member.email, result: 'already_member', invitationId: null },
      { email: pending, result: 'already_invited', invitationId: null },
      { email: fresh, result: 'already_invited', invitationId: null },
      { email: admin.email, result: 'already_member', invitationId: null },
    ]);

    const mail = await invitationEmail(fresh);
    expect(mail.subject).toBe('John Brown invited you to join Invite Co on Mac Management');
    expect(mail.text).toContain(supportCode);
    const token = tokenFromEmail(mail, '/invitations/accept');
    const [row] = await h.db.query(`SELECT token_hash, status FROM invitations WHERE id = $1`, [res.body.results[0].invitationId]);
    expect(row.status).toBe('pending');
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toBe(token);
    await settled(h);
    expect(h.smtp.to(member.email)).toHaveLength(0);
    expect(h.smtp.to(pending)).toHaveLength(1);

    const empty = await invite(admin, accountId, []);
    expect(empty.status).toBe(400);
    const tooMany = await invite(admin, accountId, Array.from({ length: 51 }, (_, i) => `p${i}@example.com`));
    expect(tooMany.status).toBe(400);
  });

  it('a new person joins with names and a password, and is signed in as a member', async () => {
    const { admin, accountId } = await team('Newcomers Ltd');
    const email = uniqueEmail('newcomer');
    await invite(admin, accountId, [email]);
    const token = tokenFromEmail(await invitationEmail(email), '/invitations/accept');

    const lookup = await h.identity.post('/invitations/lookup').send({ token });
    expect(lookup.status).toBe(200);
    expect(lookup.body).toEqual({ companyName: 'Newcomers Ltd', email, invitedByName: 'John Brown', expiresAt: expect.any(String), existingUser: false });
    const days = (new Date(lookup.body.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const incomplete = await h.identity.post('/invitations/accept').send({ token, password: 'short' });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['acceptTerms', 'firstName', 'lastName', 'password']);

    const joined = await h.identity
      .post('/invitations/accept')
      .send({ token, firstName: 'David', lastName: 'Lewis', password: 'joining-password-4', acceptTerms: true });
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ accountId, user: { email, firstName: 'David', lastName: 'Lewis' }, tokenType: 'Bearer' });

    const mine = await h.identity.get('/accounts').set(bearer(joined.body.accessToken));
    expect(mine.body.items).toEqual([expect.objectContaining({ id: accountId, role: 'member', status: 'active' })]);
    expect((await h.identity.post('/auth/sign-in').send({ email, password: 'joining-password-4' })).status).toBe(200);

    const reused = await h.identity.post('/invitations/accept').send({ token, firstName: 'Eve', lastName: 'Evil', password: 'stolen-token-5', acceptTerms: true });
    expect(reused.status).toBe(400);
    expect(reused.body.code).toBe('INVITATION_INVALID');
    const list = await h.identity.get(`/accounts/${accountId}/invitations`).set(bearer(admin.accessToken));
    expect(list.body.items).toEqual([expect.objectContaining({ email, status: 'accepted', acceptedAt: expect.any(String), invitedByName: 'John Brown' })]);
  });

  it('an existing user joins with their password', async () => {
    const { admin, accountId } = await team('Regulars GmbH');
    const existing = await signUp(h, { firstName: 'Andrew', lastName: 'Palmer' });
    await invite(admin, accountId, [existing.email]);
    const token = tokenFromEmail(await invitationEmail(existing.email), '/invitations/accept');

    expect((await h.identity.post('/invitations/lookup').send({ token })).body.existingUser).toBe(true);
    const wrong = await h.identity.post('/invitations/accept').send({ token, password: 'not-my-password-1' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');

    const joined = await h.identity.post('/invitations/accept').send({ token, password: PASSWORD });
    expect(joined.status).toBe(200);
    expect(joined.body.user).toMatchObject({ id: existing.id, firstName: 'Andrew' });
    const [membership] = await h.db.query(`SELECT role, status FROM memberships WHERE account_id = $1 AND user_id = $2`, [accountId, existing.id]);
    expect(membership).toEqual({ role: 'member', status: 'active' });
    // The earlier session of the user is untouched.
    expect((await h.identity.get('/me').set(bearer(existing.accessToken))).status).toBe(200);
  });

  it('resends with a new link (the old one stops working) and revokes', async () => {
    const { admin, accountId } = await team();
    const email = uniqueEmail('resend');
    const invitationId = (await invite(admin, accountId, [email])).body.results[0].invitationId as string;
    const first = await invitationEmail(email);
    const oldToken = tokenFromEmail(first, '/invitations/accept');

    const resend = await h.identity.post(`/accounts/${accountId}/invitations/${invitationId}/resend`).set(bearer(admin.accessToken));
    expect(resend.status).toBe(200);
    expect(resend.body).toMatchObject({ id: invitationId, email, status: 'pending' });
    const newToken = tokenFromEmail(await invitationEmail(email, [first]), '/invitations/accept');
    expect(newToken).not.toBe(oldToken);
    expect((await h.identity.post('/invitations/lookup').send({ token: oldToken })).body.code).toBe('INVITATION_INVALID');
    expect((await h.identity.post('/invitations/lookup').send({ token: newToken })).status).toBe(200);

    const revoke = await h.identity.delete(`/accounts/${accountId}/invitations/${invitationId}`).set(bearer(admin.accessToken));
    expect(revoke.status).toBe(204);
    const afterRevoke = await h.identity.post('/invitations/accept').send({ token: newToken, firstName: 'A', lastName: 'B', password: 'password-123', acceptTerms: true });
    expect(afterRevoke.status).toBe(400);
    expect(afterRevoke.body.code).toBe('INVITATION_REVOKED');
    const resendRevoked = await h.identity.post(`/accounts/${accountId}/invitations/${invitationId}/resend`).set(bearer(admin.accessToken));
    expect(resendRevoked.status).toBe(409);
    expect(resendRevoked.body.code).toBe('INVITATION_NOT_PENDING');
    const listed = await h.identity.get(`/accounts/${accountId}/invitations`).query({ status: 'revoked' }).set(bearer(admin.accessToken));
    expect(listed.body).toMatchObject({ total: 1, items: [{ id: invitationId, status: 'revoked' }] });
    // The address can be invited again.
    expect((await invite(admin, accountId, [email])).body.results[0].result).toBe('invited');
  });

  it('refuses an expired invitation, lists it as expired, and can send a fresh one', async () => {
    const { admin, accountId } = await team();
    const email = uniqueEmail('late');
    const invitationId = (await invite(admin, accountId, [email])).body.results[0].invitationId as string;
    const first = await invitationEmail(email);
    const token = tokenFromEmail(first, '/invitations/accept');
    await h.db.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [invitationId]);

    const lookup = await h.identity.post('/invitations/lookup').send({ token });
    expect(lookup.status).toBe(400);
    expect(lookup.body.code).toBe('INVITATION_EXPIRED');
    const accept = await h.identity.post('/invitations/accept').send({ token, firstName: 'Late', lastName: 'Comer', password: 'too-late-123', acceptTerms: true });
    expect(accept.body.code).toBe('INVITATION_EXPIRED');
    expect(await h.db.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [email])).toEqual([{ n: 0 }]);

    const expired = await h.identity.get(`/accounts/${accountId}/invitations`).query({ status: 'expired' }).set(bearer(admin.accessToken));
    expect(expired.body.items).toEqual([expect.objectContaining({ id: invitationId, status: 'expired' })]);
    expect((await h.identity.get(`/accounts/${accountId}/invitations`).query({ status: 'pending' }).set(bearer(admin.accessToken))).body.total).toBe(0);

    const resend = await h.identity.post(`/accounts/${accountId}/invitations/${invitationId}/resend`).set(bearer(admin.accessToken));
    expect(resend.status).toBe(200);
    expect(resend.body.status).toBe('pending');
    const fresh = tokenFromEmail(await invitationEmail(email, [first]), '/invitations/accept');
    const joined = await h.identity.post('/invitations/accept').send({ token: fresh, firstName: 'Late', lastName: 'Comer', password: 'on-time-123', acceptTerms: true });
    expect(joined.status).toBe(200);
  });

  it('keeps invitations inside their account (404 from another account) and refuses made-up tokens', async () => {
    const mine = await team();
    const theirs = await team('Theirs Inc');
    const theirInvitation = (await invite(theirs.admin, theirs.accountId, [uniqueEmail('theirs')])).body.results[0].invitationId as string;
    for (const res of [
      await h.identity.post(`/accounts/${mine.accountId}/invitations/${theirInvitation}/resend`).set(bearer(mine.admin.accessToken)),
      await h.identity.delete(`/accounts/${mine.accountId}/invitations/${theirInvitation}`).set(bearer(mine.admin.accessToken)),
      await h.identity.delete(`/accounts/${mine.accountId}/invitations/nope`).set(bearer(mine.admin.accessToken)),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('INVITATION_NOT_FOUND');
    }
    const listTheirs = await h.identity.get(`/accounts/${theirs.accountId}/invitations`).set(bearer(mine.admin.accessToken));
    expect(listTheirs.status).toBe(404);
    expect(listTheirs.body.code).toBe('ACCOUNT_NOT_FOUND');
    expect((await h.identity.get(`/accounts/${mine.accountId}/invitations`).set(bearer(mine.admin.accessToken))).body.total).toBe(0);

    const made = await h.identity.post('/invitations/lookup').send({ token: 'M'.repeat(43) });
    expect(made.status).toBe(400);
    expect(made.body.code).toBe('INVITATION_INVALID');
  });
});
