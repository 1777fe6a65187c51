import { beforeAll, describe, expect, it } from '@jest/globals';
import { createAccount, createOperator, createUser, daysFromNow, type TestUser } from '../../support/factories.js';
import { useHarness } from '../../support/suite.js';
import { auth, operatorCreates } from './licensing-support.js';

describe('license key registration is rate-limited per user and per client, like sign-in', () => {
  const h = useHarness({
    services: ['licensing'],
    env: { KEY_REGISTRATION_LIMIT_PER_USER: '2', KEY_REGISTRATION_LIMIT_PER_CLIENT: '3', KEY_REGISTRATION_LIMIT_WINDOW_SECONDS: '600' },
  });
  let operator: TestUser;

  beforeAll(async () => {
    operator = await createOperator(h.db);
  });

  const register = (user: TestUser, body: Record<string, unknown>) => h.licensing.post('/license-keys/register').set(auth(user)).send(body);

  it('counts failed attempts only, answers 429 with Retry-After once a user or the client used them up', async () => {
    const alice = await createUser(h.db);
    const aliceAccount = (await createAccount(h.db, alice, 'Alice Corp')).id;
    const taken = await operatorCreates(h, operator, { quantity: 1, endsOn: daysFromNow(100) });
    // A success does not count: three registrations in a row with a per-user limit of 2.
    for (let i = 0; i < 3; i++) {
      const s = await operatorCreates(h, operator, { quantity: 1, endsOn: daysFromNow(100) });
      expect((await register(alice, { key: s.key, accountId: aliceAccount })).status).toBe(201);
    }
    expect((await register(alice, { key: taken.key, accountId: aliceAccount })).status).toBe(201);

    const again = () => register(alice, { key: taken.key, accountId: aliceAccount });
    expect((await again()).body.code).toBe('LICENSE_KEY_ALREADY_REGISTERED');
    expect((await again()).body.code).toBe('LICENSE_KEY_ALREADY_REGISTERED');
    const limited = await again();
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS', details: { retryAfterSeconds: expect.any(Number) } });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(500);
    // Refused even with a key that would register: the limit is checked first.
    const fresh = await operatorCreates(h, operator, { quantity: 1, endsOn: daysFromNow(100) });
    expect((await register(alice, { key: fresh.key, accountId: aliceAccount })).status).toBe(429);
    const [row] = await h.db.query(`SELECT account_id FROM subscriptions WHERE id = $1`, [fresh.id]);
    expect(row.account_id).toBeNull();

    // Another user from the same client has their own count, until the client's limit (3) is reached.
    const bob = await createUser(h.db);
    const bobAccount = (await createAccount(h.db, bob, 'Bob Corp')).id;
    expect((await register(bob, { key: taken.key, accountId: bobAccount })).body.code).toBe('LICENSE_KEY_ALREADY_REGISTERED');
    const clientLimited = await register(bob, { key: taken.key, accountId: bobAccount });
    expect(clientLimited.status).toBe(429);
    expect(clientLimited.headers['retry-after']).toBeDefined();
  });
});
