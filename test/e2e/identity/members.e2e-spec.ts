import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addMember, createUser, type TestUser } from '../../support/factories.js';
import { Harness } from '../../support/harness.js';
import { bearer, createAccountApi, signUp, type SignedUp } from './identity-helpers.js';

describe('identity: members, roles, block and remove', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await Harness.start({ services: ['identity', 'notification'] });
  });
  afterAll(async () => {
    await h?.close();
  });

  /** An account whose admin signed up through the API, plus members made by the factories. */
  async function team(companyName = 'Any Company, Inc'): Promise<{ admin: SignedUp; accountId: string; memberId: (userId: string) => Promise<string> }> {
    const admin = await signUp(h, { firstName: 'John', lastName: 'Brown' });
    const accountId = await createAccountApi(h, admin.accessToken, { companyName });
    const memberId = async (userId: string) =>
      ((await h.db.query(`SELECT id FROM memberships WHERE account_id = $1 AND user_id = $2`, [accountId, userId])) as Array<{ id: string }>)[0]!.id;
    return { admin, accountId, memberId };
  }

  const person = (firstName: string, lastName: string, email?: string) => createUser(h.db, { firstName, lastName, ...(email ? { email } : {}) });

  it('lists members with search, role and status filters, sorting and paging', async () => {
    const { admin, accountId } = await team();
    const andrew = await person('Andrew', 'Palmer', `andrew.palmer.${Date.now()}@example.com`);
    const david = await person('David', 'Lewis');
    const erin = await person('Erin', 'Lewis');
    await addMember(h.db, accountId, andrew, 'admin');
    await addMember(h.db, accountId, david, 'member');
    await addMember(h.db, accountId, erin, 'member', 'blocked');
    const list = (query: Record<string, string | number>) => h.identity.get(`/accounts/${accountId}/members`).query(query).set(bearer(admin.accessToken));
    const names = (res: { body: { items: Array<{ firstName: string; lastName: string }> } }) => res.body.items.map((m) => `${m.firstName} ${m.lastName}`);

    const all = await list({});
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 4, page: 1, pageSize: 50 });
    expect(names(all)).toEqual(['John Brown', 'David Lewis', 'Erin Lewis', 'Andrew Palmer']);
    expect(all.body.items[0]).toEqual({
      id: expect.any(String),
      userId: admin.id,
      firstName: 'John',
      lastName: 'Brown',
      email: admin.email,
      role: 'admin',
      status: 'active',
      notes: null,
      memberSince: expect.any(String),
    });

    expect(names(await list({ search: 'lewis' }))).toEqual(['David Lewis', 'Erin Lewis']);
    expect(names(await list({ search: 'david lew' }))).toEqual(['David Lewis']);
    expect(names(await list({ search: 'andrew.palmer' }))).toEqual(['Andrew Palmer']);
    expect(names(await list({ search: '%' }))).toEqual([]);
    expect(names(await list({ role: 'admin' }))).toEqual(['John Brown', 'Andrew Palmer']);
    expect(names(await list({ status: 'blocked' }))).toEqual(['Erin Lewis']);
    // The filter menus' counts cover the whole account, whatever is filtered or searched.
    const counts = { role: { all: 4, member: 2, admin: 2 }, status: { all: 4, active: 3, blocked: 1 } };
    expect(all.body.counts).toEqual(counts);
    expect((await list({ status: 'blocked', search: 'erin' })).body.counts).toEqual(counts);
    expect(names(await list({ sort: 'name', order: 'desc' }))).toEqual(['Andrew Palmer', 'Erin Lewis', 'David Lewis', 'John Brown']);
    expect((await list({ sort: 'role' })).body.items.map((m: { role: string }) => m.role)).toEqual(['admin', 'admin', 'member', 'member']);

    const page = await list({ page: 2, pageSize: 2 });
    expect(page.body).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(names(page)).toEqual(['Erin Lewis', 'Andrew Palmer']);

    const bads: Array<Record<string, string | number>> = [{ pageSize: 0 }, { pageSize: 201 }, { page: 0 }, { role: 'owner' }, { sort: 'password' }, { pageSize: 'ten' }];
    for (const bad of bads) {
      const res = await list(bad);
      expect({ bad, status: res.status, code: res.body.code }).toEqual({ bad, status: 400, code: 'VALIDATION_FAILED' });
    }
  });

  it('shows member details to members, and answers 404 for a member of another account', async () => {
    const { accountId, memberId } = await team();
    const david = await person('David', 'Lewis');
    await addMember(h.db, accountId, david, 'member');
    const davidId = await memberId(david.id);
    const res = await h.identity.get(`/accounts/${accountId}/members/${davidId}`).set(bearer(david.token));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: davidId, email: david.email, role: 'member', status: 'active', notes: null });

    const other = await team('Other Corp');
    const outsiderId = await other.memberId(other.admin.id);
    const { admin } = await team();
    for (const path of [`/accounts/${accountId}/members/${outsiderId}`, `/accounts/${accountId}/members/not-a-uuid`]) {
      const foreign = await h.identity.get(path).set(bearer(david.token));
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('MEMBER_NOT_FOUND');
    }
    // An admin of some account can do nothing in another one.
    const cross = await h.identity.post(`/accounts/${accountId}/members/${davidId}/block`).set(bearer(admin.accessToken));
    expect(cross.status).toBe(404);
    expect(cross.body.code).toBe('ACCOUNT_NOT_FOUND');
    const crossMember = await h.identity.post(`/accounts/${other.accountId}/members/${davidId}/block`).set(bearer(other.admin.accessToken));
    expect(crossMember.status).toBe(404);
    expect(crossMember.body.code).toBe('MEMBER_NOT_FOUND');
  });

  it('promotes and demotes with effect on the next request, and keeps notes', async () => {
    const { admin, accountId, memberId } = await team();
    const david = await person('David', 'Lewis');
    await addMember(h.db, accountId, david, 'member');
    const davidId = await memberId(david.id);
    const rename = () => h.identity.patch(`/accounts/${accountId}`).set(bearer(david.token)).send({ companyName: 'By David' });
    expect((await rename()).status).toBe(403);

    const promote = await h.identity
      .patch(`/accounts/${accountId}/members/${davidId}`)
      .set(bearer(admin.accessToken))
      .send({ role: 'admin', notes: 'Runs the Berlin office' });
    expect(promote.status).toBe(200);
    expect(promote.body).toMatchObject({ role: 'admin', notes: 'Runs the Berlin office' });
    expect((await rename()).status).toBe(200);

    const demote = await h.identity.patch(`/accounts/${accountId}/members/${davidId}`).set(bearer(admin.accessToken)).send({ role: 'member' });
    expect(demote.body).toMatchObject({ role: 'member', notes: 'Runs the Berlin office' });
    expect((await rename()).status).toBe(403);

    const clear = await h.identity.patch(`/accounts/${accountId}/members/${davidId}`).set(bearer(admin.accessToken)).send({ notes: null });
    expect(clear.body.notes).toBeNull();
    const bad = await h.identity.patch(`/accounts/${accountId}/members/${davidId}`).set(bearer(admin.accessToken)).send({ role: 'owner' });
    expect(bad.status).toBe(400);
  });

  it('keeps an active admin: the last one cannot leave, be demoted, blocked or removed (409 LAST_ADMIN)', async () => {
    const { admin, accountId, memberId } = await team();
    const adminId = await memberId(admin.id);
    const blockedAdmin = await person('Barry', 'Blocked');
    await addMember(h.db, accountId, blockedAdmin, 'admin', 'blocked');
    const auth = bearer(admin.accessToken);

    const attempts = [
      h.identity.post(`/accounts/${accountId}/leave`).set(auth),
      h.identity.patch(`/accounts/${accountId}/members/${adminId}`).set(auth).send({ role: 'member' }),
      h.identity.post(`/accounts/${accountId}/members/${adminId}/block`).set(auth),
      h.identity.delete(`/accounts/${accountId}/members/${adminId}`).set(auth),
    ];
    for (const attempt of attempts) {
      const res = await attempt;
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('LAST_ADMIN');
      expect(res.body.message).toMatch(/administrator/);
    }
    expect(await h.db.query(`SELECT role, status FROM memberships WHERE id = $1`, [adminId])).toEqual([{ role: 'admin', status: 'active' }]);

    // With a second active admin, the first may go.
    const andrew = await person('Andrew', 'Palmer');
    await addMember(h.db, accountId, andrew, 'member');
    const promote = await h.identity.patch(`/accounts/${accountId}/members/${await memberId(andrew.id)}`).set(auth).send({ role: 'admin' });
    expect(promote.status).toBe(200);
    const leave = await h.identity.post(`/accounts/${accountId}/leave`).set(auth);
    expect(leave.status).toBe(204);
    expect((await h.identity.get(`/accounts/${accountId}`).set(auth)).status).toBe(404);

    // Now Andrew is the last active admin.
    const andrewLeaves = await h.identity.post(`/accounts/${accountId}/leave`).set(bearer(andrew.token));
    expect(andrewLeaves.body.code).toBe('LAST_ADMIN');
  });

  it('lets exactly one of two admins demote the other when both try at once', async () => {
    const { admin, accountId, memberId } = await team();
    const andrew = await person('Andrew', 'Palmer');
    await addMember(h.db, accountId, andrew, 'admin');
    const [a, b] = await Promise.all([
      h.identity.patch(`/accounts/${accountId}/members/${await memberId(andrew.id)}`).set(bearer(admin.accessToken)).send({ role: 'member' }),
      h.identity.patch(`/accounts/${accountId}/members/${await memberId(admin.id)}`).set(bearer(andrew.token)).send({ role: 'member' }),
    ]);
    // The loser is refused either by the guard (already demoted: 403) or by the rule (409).
    const outcome = [a, b].map((r) => `${r.status} ${r.body.code ?? ''}`.trim()).sort();
    expect([
      ['200', '403 ADMIN_REQUIRED'],
      ['200', '409 LAST_ADMIN'],
    ]).toContainEqual(outcome);
    const [{ admins }] = await h.db.query(`SELECT count(*)::int AS admins FROM memberships WHERE account_id = $1 AND role = 'admin' AND status = 'active'`, [accountId]);
    expect(admins).toBe(1);
  });

  it('a member may leave; a member gets 403 ADMIN_REQUIRED for every admin action and nothing changes', async () => {
    const { admin, accountId, memberId } = await team();
    const david = await person('David', 'Lewis');
    const erin = await person('Erin', 'Lewis');
    await addMember(h.db, accountId, david, 'member');
    await addMember(h.db, accountId, erin, 'member');
    const adminId = await memberId(admin.id);
    const erinId = await memberId(erin.id);
    const invitationId = (
      await h.identity.post(`/accounts/${accountId}/invitations`).set(bearer(admin.accessToken)).send({ emails: ['someone.new@example.com'] })
    ).body.results[0].invitationId as string;
    const auth = bearer(david.token);

    const adminActions = [
      h.identity.patch(`/accounts/${accountId}`).set(auth).send({ companyName: 'Nope' }),
      h.identity.patch(`/accounts/${accountId}/members/${erinId}`).set(auth).send({ role: 'admin' }),
      h.identity.patch(`/accounts/${accountId}/members/${adminId}`).set(auth).send({ notes: 'x' }),
      h.identity.post(`/accounts/${accountId}/members/${erinId}/block`).set(auth),
      h.identity.post(`/accounts/${accountId}/members/${erinId}/unblock`).set(auth),
      h.identity.delete(`/accounts/${accountId}/members/${erinId}`).set(auth),
      h.identity.post(`/accounts/${accountId}/invitations`).set(auth).send({ emails: ['friend@example.com'] }),
      h.identity.post(`/accounts/${accountId}/invitations/${invitationId}/resend`).set(auth),
      h.identity.delete(`/accounts/${accountId}/invitations/${invitationId}`).set(auth),
    ];
    for (const action of adminActions) {
      const res = await action;
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'ADMIN_REQUIRED' });
    }
    // Reading is allowed.
    expect((await h.identity.get(`/accounts/${accountId}/members`).set(auth)).status).toBe(200);
    expect((await h.identity.get(`/accounts/${accountId}/invitations`).set(auth)).status).toBe(200);
    const rows = await h.db.query(`SELECT role, status, notes FROM memberships WHERE account_id = $1 ORDER BY created_at`, [accountId]);
    expect(rows).toEqual([
      { role: 'admin', status: 'active', notes: null },
      { role: 'member', status: 'active', notes: null },
      { role: 'member', status: 'active', notes: null },
    ]);
    const [invitation] = await h.db.query(`SELECT status FROM invitations WHERE id = $1`, [invitationId]);
    expect(invitation.status).toBe('pending');

    const leave = await h.identity.post(`/accounts/${accountId}/leave`).set(auth);
    expect(leave.status).toBe(204);
    expect((await h.identity.get(`/accounts/${accountId}`).set(auth)).status).toBe(404);
  });

  it('blocks: the member is emailed and refused on every request of the account until unblocked (emailed too)', async () => {
    const { admin, accountId, memberId } = await team('Blockers Ltd');
    const [{ support_code: supportCode }] = await h.db.query(`SELECT support_code FROM business_accounts WHERE id = $1`, [accountId]);
    const erin: TestUser = await person('Erin', 'Lewis');
    await addMember(h.db, accountId, erin, 'admin');
    const erinId = await memberId(erin.id);
    const adminId = await memberId(admin.id);
    const invitationId = (
      await h.identity.post(`/accounts/${accountId}/invitations`).set(bearer(admin.accessToken)).send({ emails: ['pending.one@example.com'] })
    ).body.results[0].invitationId as string;

    const block = await h.identity.post(`/accounts/${accountId}/members/${erinId}/block`).set(bearer(admin.accessToken));
    expect(block.status).toBe(200);
    expect(block.body.status).toBe('blocked');

    const mail = await h.smtp.waitFor((m) => m.to.includes(erin.email) && /blocked/i.test(m.subject));
    expect(mail.subject).toBe('Your access to Blockers Ltd was blocked');
    expect(mail.text).toContain('Hello Erin');
    expect(mail.text).toContain(supportCode);
    expect(mail.html).toContain(supportCode);

    const auth = bearer(erin.token);
    const everything = [
      h.identity.get(`/accounts/${accountId}`).set(auth),
      h.identity.patch(`/accounts/${accountId}`).set(auth).send({ companyName: 'Revenge' }),
      h.identity.get(`/accounts/${accountId}/members`).set(auth),
      h.identity.get(`/accounts/${accountId}/members/${adminId}`).set(auth),
      h.identity.patch(`/accounts/${accountId}/members/${adminId}`).set(auth).send({ role: 'member' }),
      h.identity.post(`/accounts/${accountId}/members/${adminId}/block`).set(auth),
      h.identity.post(`/accounts/${accountId}/members/${erinId}/unblock`).set(auth),
      h.identity.delete(`/accounts/${accountId}/members/${adminId}`).set(auth),
      h.identity.post(`/accounts/${accountId}/leave`).set(auth),
      h.identity.get(`/accounts/${accountId}/invitations`).set(auth),
      h.identity.post(`/accounts/${accountId}/invitations`).set(auth).send({ emails: ['x@example.com'] }),
      h.identity.post(`/accounts/${accountId}/invitations/${invitationId}/resend`).set(auth),
      h.identity.delete(`/accounts/${accountId}/invitations/${invitationId}`).set(auth),
    ];
    for (const request of everything) {
      const res = await request;
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'MEMBERSHIP_BLOCKED' });
    }
    const selector = await h.identity.get('/accounts').set(auth);
    expect(selector.body.items).toEqual([expect.objectContaining({ id: accountId, status: 'blocked', role: 'admin' })]);

    // A blocked admin is no active admin: the remaining one is the last.
    const lastStanding = await h.identity.post(`/accounts/${accountId}/leave`).set(bearer(admin.accessToken));
    expect(lastStanding.body.code).toBe('LAST_ADMIN');

    const unblock = await h.identity.post(`/accounts/${accountId}/members/${erinId}/unblock`).set(bearer(admin.accessToken));
    expect(unblock.body.status).toBe('active');
    const restored = await h.smtp.waitFor((m) => m.to.includes(erin.email) && /restored/i.test(m.subject));
    expect(restored.text).toContain(supportCode);
    expect((await h.identity.get(`/accounts/${accountId}`).set(auth)).status).toBe(200);

    // Blocking twice sends one email.
    await h.identity.post(`/accounts/${accountId}/members/${erinId}/block`).set(bearer(admin.accessToken));
    await h.identity.post(`/accounts/${accountId}/members/${erinId}/block`).set(bearer(admin.accessToken));
    await h.smtp.waitFor((m) => m.to.includes(erin.email) && /blocked/i.test(m.subject) && m !== mail);
    await new Promise((r) => setTimeout(r, 1000));
    expect(h.smtp.to(erin.email).filter((m) => /blocked/i.test(m.subject))).toHaveLength(2);
  });

  it('removes: the user is emailed, loses the account, and can be invited again', async () => {
    const { admin, accountId, memberId } = await team('Removals Inc');
    const [{ support_code: supportCode }] = await h.db.query(`SELECT support_code FROM business_accounts WHERE id = $1`, [accountId]);
    const david = await person('David', 'Lewis');
    await addMember(h.db, accountId, david, 'member');
    const davidId = await memberId(david.id);

    const remove = await h.identity.delete(`/accounts/${accountId}/members/${davidId}`).set(bearer(admin.accessToken));
    expect(remove.status).toBe(204);
    const mail = await h.smtp.waitFor((m) => m.to.includes(david.email) && /removed/i.test(m.subject));
    expect(mail.subject).toBe('You were removed from Removals Inc');
    expect(mail.text).toContain(supportCode);

    const after = await h.identity.get(`/accounts/${accountId}`).set(bearer(david.token));
    expect(after.status).toBe(404);
    expect((await h.identity.get(`/accounts/${accountId}/members/${davidId}`).set(bearer(admin.accessToken))).body.code).toBe('MEMBER_NOT_FOUND');

    const again = await h.identity.post(`/accounts/${accountId}/invitations`).set(bearer(admin.accessToken)).send({ emails: [david.email] });
    expect(again.body.results).toEqual([{ email: david.email, result: 'invited', invitationId: expect.any(String) }]);
  });
});
