import { describe, expect, it } from '@jest/globals';
import { addMember, createUser } from '../../support/factories.js';
import { useHarness } from '../../support/suite.js';
import { asTestUser, bearer, businessDetails, createAccountApi, signUp } from './identity-helpers.js';

describe('identity: business accounts', () => {
  const h = useHarness({ services: ['identity'] });

  it('creates an account with the creator as admin and a support code in the guide\'s format', async () => {
    const me = await signUp(h, { firstName: 'John', lastName: 'Brown' });
    const res = await h.identity.post('/accounts').set(bearer(me.accessToken)).send(businessDetails({ country: 'us', state: 'ny' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      companyName: 'Any Company, Inc',
      country: 'US',
      countryName: 'United States',
      state: 'NY',
      city: 'New York',
      street: '123 Main Street',
      zip: '10006',
      phone: '1(800)123-4567',
      membership: { role: 'admin', status: 'active' },
      admins: [{ userId: me.id, firstName: 'John', lastName: 'Brown', email: me.email }],
    });
    expect(res.body.supportCode).toMatch(/^\d{5}-\d{5}$/);
    const [row] = await h.db.query(`SELECT role, status FROM memberships WHERE account_id = $1 AND user_id = $2`, [res.body.id, me.id]);
    expect(row).toEqual({ role: 'admin', status: 'active' });
  });

  it('needs company, country, ZIP and phone; street, city and state are optional outside the US', async () => {
    const me = await signUp(h);
    const minimal = await h.identity
      .post('/accounts')
      .set(bearer(me.accessToken))
      .send({ companyName: 'Kleine GmbH', country: 'DE', zip: '10115', phone: '+49 30 1234567' });
    expect(minimal.status).toBe(201);
    expect(minimal.body).toMatchObject({ country: 'DE', countryName: 'Germany', state: null, city: null, street: null });

    const missing = await h.identity.post('/accounts').set(bearer(me.accessToken)).send({});
    expect(missing.status).toBe(400);
    const fields = missing.body.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['companyName', 'country', 'phone', 'zip']);
  });

  it('validates the country against ISO 3166 and the state and ZIP of US addresses', async () => {
    const me = await signUp(h);
    const create = (overrides: Record<string, unknown>) => h.identity.post('/accounts').set(bearer(me.accessToken)).send(businessDetails(overrides));
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ country: 'XX' }, 'country'],
      [{ country: 'USA' }, 'country'],
      [{ state: undefined }, 'state'],
      [{ state: '' }, 'state'],
      [{ state: 'ZZ' }, 'state'],
      [{ zip: '1234' }, 'zip'],
      [{ phone: 'call me' }, 'phone'],
    ];
    for (const [overrides, field] of cases) {
      const res = await create(overrides);
      expect({ overrides, status: res.status, code: res.body.code }).toEqual({ overrides, status: 400, code: 'VALIDATION_FAILED' });
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const [{ count }] = await h.db.query(
      `SELECT count(*)::int AS count FROM memberships WHERE user_id = $1`,
      [me.id],
    );
    expect(count).toBe(0);
  });

  it('lists the accounts I belong to with my role and status (the account selector)', async () => {
    const me = await signUp(h);
    const mine = await createAccountApi(h, me.accessToken, { companyName: 'Beta LLC' });
    const other = await signUp(h);
    const theirs = await createAccountApi(h, other.accessToken, { companyName: 'Alpha AG', country: 'CH', state: null, zip: '8001' });
    const blocked = await createAccountApi(h, other.accessToken, { companyName: 'Gamma Ltd', country: 'GB', state: null, zip: 'SW1A 1AA' });
    await addMember(h.db, theirs, asTestUser(me), 'member');
    await addMember(h.db, blocked, asTestUser(me), 'member', 'blocked');

    const res = await h.identity.get('/accounts').set(bearer(me.accessToken));
    expect(res.status).toBe(200);
    expect(res.body.items.map((a: { companyName: string; role: string; status: string }) => [a.companyName, a.role, a.status])).toEqual([
      ['Alpha AG', 'member', 'active'],
      ['Beta LLC', 'admin', 'active'],
      ['Gamma Ltd', 'member', 'blocked'],
    ]);
    expect(res.body.items[1].id).toBe(mine);
    expect(res.body).toMatchObject({ page: 1, pageSize: 50, total: 3 });

    // Paged in SQL by company name: page 2 of 2 per page holds the third account, the total is echoed.
    const page2 = await h.identity.get('/accounts?page=2&pageSize=2').set(bearer(me.accessToken));
    expect(page2.status).toBe(200);
    expect(page2.body).toMatchObject({ page: 2, pageSize: 2, total: 3 });
    expect(page2.body.items.map((a: { companyName: string }) => a.companyName)).toEqual(['Gamma Ltd']);
    const tooBig = await h.identity.get('/accounts?pageSize=201').set(bearer(me.accessToken));
    expect(tooBig.status).toBe(400);
  });

  it('shows the business profile to members; only admins edit it', async () => {
    const admin = await signUp(h);
    const accountId = await createAccountApi(h, admin.accessToken);
    const member = await createUser(h.db);
    await addMember(h.db, accountId, member, 'member');

    const view = await h.identity.get(`/accounts/${accountId}`).set(bearer(member.token));
    expect(view.status).toBe(200);
    expect(view.body.membership).toMatchObject({ role: 'member', status: 'active' });
    expect(view.body.admins).toHaveLength(1);

    const denied = await h.identity.patch(`/accounts/${accountId}`).set(bearer(member.token)).send({ companyName: 'Hijacked' });
    expect(denied.status).toBe(403);
    expect(denied.body.code).toBe('ADMIN_REQUIRED');

    const edit = await h.identity.patch(`/accounts/${accountId}`).set(bearer(admin.accessToken)).send({ companyName: 'Renamed, Inc', street: null });
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({ companyName: 'Renamed, Inc', street: null, city: 'New York', country: 'US', state: 'NY' });

    // Moving to the US needs a state; leaving it drops the US rules.
    const toDe = await h.identity.patch(`/accounts/${accountId}`).set(bearer(admin.accessToken)).send({ country: 'DE', state: null, zip: '10115' });
    expect(toDe.status).toBe(200);
    const toUs = await h.identity.patch(`/accounts/${accountId}`).set(bearer(admin.accessToken)).send({ country: 'US', zip: '10006' });
    expect(toUs.status).toBe(400);
    expect(toUs.body.details).toEqual([{ field: 'state', problems: [expect.stringContaining('required')] }]);
    const nullName = await h.identity.patch(`/accounts/${accountId}`).set(bearer(admin.accessToken)).send({ companyName: null });
    expect(nullName.status).toBe(400);
  });

  it('answers 404 for an account I do not belong to, exactly like one that does not exist', async () => {
    const me = await signUp(h);
    const stranger = await signUp(h);
    const theirs = await createAccountApi(h, stranger.accessToken);
    const foreign = await h.identity.get(`/accounts/${theirs}`).set(bearer(me.accessToken));
    const missing = await h.identity.get('/accounts/00000000-0000-4000-8000-000000000000').set(bearer(me.accessToken));
    const malformed = await h.identity.get('/accounts/not-a-uuid').set(bearer(me.accessToken));
    for (const res of [foreign, missing, malformed]) {
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('ACCOUNT_NOT_FOUND');
    }
    expect(foreign.body).toEqual(missing.body);
    const edit = await h.identity.patch(`/accounts/${theirs}`).set(bearer(me.accessToken)).send({ companyName: 'Mine now' });
    expect(edit.status).toBe(404);
    expect((await h.identity.get('/accounts')).status).toBe(401);
  });
});
