import { describe, expect, it } from '@jest/globals';
import { addMember } from '../../support/factories.js';
import { useHarness } from '../../support/suite.js';
import { bearer, createAccountApi, signUp } from './identity-helpers.js';

describe('identity: the personal account (GET /me/overview)', () => {
  const h = useHarness({ services: ['identity'] });

  it('shows my business accounts, pending invitations to my address and where to register a key', async () => {
    const me = await signUp(h, { firstName: 'David', lastName: 'Lewis' });
    const mine = await createAccountApi(h, me.accessToken, { companyName: 'Mine LLC' });
    const inviter = await signUp(h, { firstName: 'John', lastName: 'Brown' });
    const theirs = await createAccountApi(h, inviter.accessToken, { companyName: 'Their Inc' });
    const other = await createAccountApi(h, inviter.accessToken, { companyName: 'Other Inc' });
    const invite = (accountId: string, email: string) =>
      h.identity.post(`/accounts/${accountId}/invitations`).set(bearer(inviter.accessToken)).send({ emails: [email] });
    const invited = await invite(theirs, me.email.toUpperCase());
    expect(invited.body.results[0].result).toBe('invited');
    // An expired invitation and one to someone else are not mine to see.
    const expired = await invite(other, me.email);
    await h.db.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expired.body.results[0].invitationId]);
    await invite(theirs, 'someone.else@example.com');

    const res = await h.identity.get('/me/overview').set(bearer(me.accessToken));
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: me.id, email: me.email, firstName: 'David' });
    expect(res.body.accounts).toEqual([expect.objectContaining({ id: mine, companyName: 'Mine LLC', role: 'admin', status: 'active' })]);
    expect(res.body.pendingInvitations).toEqual([
      {
        id: invited.body.results[0].invitationId,
        accountId: theirs,
        companyName: 'Their Inc',
        invitedByName: 'John Brown',
        sentAt: expect.any(String),
        expiresAt: expect.any(String),
      },
    ]);
    expect(res.body.keyRegistration).toEqual({ service: 'licensing', method: 'POST', path: '/license-keys/register', accountIds: [mine] });
  });

  it('does not offer accounts where I am only a member or blocked as key registration targets', async () => {
    const admin = await signUp(h);
    const accountId = await createAccountApi(h, admin.accessToken);
    const member = await signUp(h);
    await addMember(h.db, accountId, member, 'member');
    const res = await h.identity.get('/me/overview').set(bearer(member.accessToken));
    expect(res.status).toBe(200);
    expect(res.body.accounts).toEqual([expect.objectContaining({ id: accountId, role: 'member' })]);
    expect(res.body.keyRegistration.accountIds).toEqual([]);
    expect(res.body.pendingInvitations).toEqual([]);
    expect((await h.identity.get('/me/overview')).status).toBe(401);
  });
});
