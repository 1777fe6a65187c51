import { beforeAll, describe, expect, it } from '@jest/globals';
import { generateLicenseKey } from '#common';
import { addMember, createAccount, createOperator, createUser, daysFromNow, type TestUser } from '../../support/factories.js';
import { useHarness } from '../../support/suite.js';
import { auth, operatorCreates } from './licensing-support.js';

const business = { companyName: 'My Company, Inc.', country: 'de', zip: '10115', phone: '+49 30 1234567', city: 'Berlin' };

describe('license key registration: existing account or new business account, every refusal', () => {
  const h = useHarness({ services: ['licensing', 'notification'] });
  let operator: TestUser;

  beforeAll(async () => {
    operator = await createOperator(h.db);
  });

  const register = (user: TestUser, body: Record<string, unknown>) => h.licensing.post('/license-keys/register').set(auth(user)).send(body);
  const accountsOf = async (user: TestUser) =>
    (await h.db.query(`SELECT account_id, role FROM memberships WHERE user_id = $1`, [user.id])) as Array<{ account_id: string; role: string }>;

  it('with business details: creates the account with the user as admin and registers, in one request', async () => {
    const user = await createUser(h.db);
    const s = await operatorCreates(h, operator, { quantity: 2, endsOn: daysFromNow(365) });
    const res = await register(user, { key: s.key.toLowerCase(), business });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ accountCreated: true, subscription: { id: s.id, status: 'active', quantity: 2 } });
    const [account] = await h.db.query(`SELECT company_name, country, city, support_code FROM business_accounts WHERE id = $1`, [res.body.accountId]);
    expect(account).toMatchObject({ company_name: 'My Company, Inc.', country: 'DE', city: 'Berlin' });
    expect(account.support_code).toMatch(/^\d{5}-\d{5}$/);
    expect(await accountsOf(user)).toEqual([{ account_id: res.body.accountId, role: 'admin' }]);
    const [sub] = await h.db.query(`SELECT account_id, registered_at FROM subscriptions WHERE id = $1`, [s.id]);
    expect(sub.account_id).toBe(res.body.accountId);
    expect(sub.registered_at).not.toBeNull();

    const dashboard = await h.licensing.get(`/accounts/${res.body.accountId}/dashboard`).set(auth(user));
    expect(dashboard.status).toBe(200);
    expect(dashboard.body.products[0]).toMatchObject({ licensedComputers: 2, activeSubscriptions: 1 });
  });

  it('with an account the user administers: registers to it', async () => {
    const admin = await createUser(h.db);
    const account = await createAccount(h.db, admin, 'Existing GmbH');
    const s = await operatorCreates(h, operator, { quantity: 4, endsOn: daysFromNow(365) });
    const res = await register(admin, { key: s.key, accountId: account.id });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ accountId: account.id, accountCreated: false });
    const list = await h.licensing.get(`/accounts/${account.id}/subscriptions`).set(auth(admin));
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([s.id]);
  });

  it('refuses a member, a blocked admin and a stranger of the named account', async () => {
    const admin = await createUser(h.db);
    const account = await createAccount(h.db, admin);
    const member = await createUser(h.db);
    await addMember(h.db, account.id, member, 'member');
    const blocked = await createUser(h.db);
    await addMember(h.db, account.id, blocked, 'admin', 'blocked');
    const stranger = await createUser(h.db);
    const s = await operatorCreates(h, operator, { quantity: 1, endsOn: daysFromNow(30) });

    expect((await register(member, { key: s.key, accountId: account.id })).body.code).toBe('ADMIN_REQUIRED');
    expect((await register(blocked, { key: s.key, accountId: account.id })).body.code).toBe('MEMBERSHIP_BLOCKED');
    const strange = await register(stranger, { key: s.key, accountId: account.id });
    expect(strange.status).toBe(404);
    expect(strange.body.code).toBe('ACCOUNT_NOT_FOUND');
    const [row] = await h.db.query(`SELECT account_id FROM subscriptions WHERE id = $1`, [s.id]);
    expect(row.account_id).toBeNull();
  });

  it('tells malformed, mistyped, unknown, sublicense, already registered and cancelled keys apart', async () => {
    const user = await createUser(h.db);
    const account = await createAccount(h.db, user);

    const malformed = await register(user, { key: 'ABCDE-12345', accountId: account.id });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('LICENSE_KEY_MALFORMED');

    const s = await operatorCreates(h, operator, { accountId: account.id, quantity: 5, endsOn: daysFromNow(90) });
    const last = s.key.at(-1)!;
    const typo = s.key.slice(0, -1) + (last === 'Z' ? 'Y' : 'Z');
    const mistyped = await register(user, { key: typo, accountId: account.id });
    expect(mistyped.status).toBe(400);
    expect(mistyped.body.code).toBe('LICENSE_KEY_MISTYPED');

    // A well-formed key with a valid check character that was never issued.
    const unknown = await register(user, { key: generateLicenseKey(), accountId: account.id });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('LICENSE_KEY_NOT_FOUND');

    const sub = await h.licensing.post(`/accounts/${account.id}/subscriptions/${s.id}/sublicenses`).set(auth(user)).send({ quota: 1 });
    const sublicense = await register(user, { key: sub.body.key, accountId: account.id });
    expect(sublicense.status).toBe(422);
    expect(sublicense.body.code).toBe('LICENSE_KEY_NOT_PRIMARY');

    const own = await register(user, { key: s.key, accountId: account.id });
    const someoneElse = await register(await createUser(h.db), { key: s.key, business });
    for (const res of [own, someoneElse]) {
      expect(res.status).toBe(409);
      expect(res.body).toEqual({ statusCode: 409, code: 'LICENSE_KEY_ALREADY_REGISTERED', message: 'This license key is already registered' });
    }

    const cancelled = await operatorCreates(h, operator, { quantity: 1, endsOn: daysFromNow(90) });
    await h.licensing.post(`/operator/subscriptions/${cancelled.id}/cancel`).set(auth(operator)).send({});
    const refused = await register(user, { key: cancelled.key, accountId: account.id });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('SUBSCRIPTION_CANCELLED');
  });

  it('leaves no business account behind when the registration is refused', async () => {
    const user = await createUser(h.db);
    const s = await operatorCreates(h, operator, { quantity: 1, endsOn: daysFromNow(90) });
    await register(await createUser(h.db), { key: s.key, business });
    const refused = await register(user, { key: s.key, business: { ...business, companyName: 'Should Not Exist' } });
    expect(refused.body.code).toBe('LICENSE_KEY_ALREADY_REGISTERED');
    expect(await accountsOf(user)).toEqual([]);
    const [{ count }] = await h.db.query(`SELECT count(*)::int AS count FROM business_accounts WHERE company_name = 'Should Not Exist'`);
    expect(count).toBe(0);
  });

  it('registers a key once when two people try at the same instant', async () => {
    const s = await operatorCreates(h, operator, { quantity: 1, endsOn: daysFromNow(90) });
    const users = await Promise.all(Array.from({ length: 4 }, () => createUser(h.db)));
    const results = await Promise.all(users.map((u) => register(u, { key: s.key, business })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    const [{ count }] = await h.db.query(
      `SELECT count(*)::int AS count FROM memberships WHERE user_id = ANY($1::uuid[])`,
      [users.map((u) => u.id)],
    );
    expect(count).toBe(1);
  });

  it('validates the request: one target, business details complete (state where the country has states)', async () => {
    const user = await createUser(h.db);
    const s = await operatorCreates(h, operator, { quantity: 1, endsOn: daysFromNow(90) });
    const neither = await register(user, { key: s.key });
    expect(neither.status).toBe(400);
    expect(neither.body.code).toBe('REGISTRATION_TARGET_REQUIRED');
    const both = await register(user, { key: s.key, accountId: '00000000-0000-4000-8000-000000000000', business });
    expect(both.body.code).toBe('REGISTRATION_TARGET_REQUIRED');

    const incomplete = await register(user, { key: s.key, business: { companyName: '', country: 'XX', zip: '', phone: 'call me' } });
    expect(incomplete.status).toBe(400);
    expect((incomplete.body.details as Array<{ field: string }>).map((d) => d.field).sort()).toEqual([
      'business.companyName',
      'business.country',
      'business.phone',
      'business.zip',
    ]);
    const usWithoutState = await register(user, { key: s.key, business: { ...business, country: 'US', zip: '94105' } });
    expect(usWithoutState.status).toBe(400);
    expect((usWithoutState.body.details as Array<{ field: string }>).map((d) => d.field)).toEqual(['business.state']);
    const usWithState = await register(user, { key: s.key, business: { ...business, country: 'US', zip: '94105', state: 'CA' } });
    expect(usWithState.status).toBe(201);

    const anonymous = await h.licensing.post('/license-keys/register').send({ key: s.key, business });
    expect(anonymous.status).toBe(401);
  });
});
