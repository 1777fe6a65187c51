import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { addMember, createAccount, createOperator, createSubscription, createUser, daysFromNow, type TestUser } from '../../support/factories.js';
import { eventually } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { auth } from './licensing-support.js';

/** The email is rendered by the notification service; assert it only where its template exists. */
const templateExists = existsSync(join(process.cwd(), 'apps/notification/templates/offline-operations-enabled.subject.hbs'));

describe('offline operations per business account: off by default, operators switch, admins are told', () => {
  const h = useHarness({ services: ['licensing', 'notification'] });
  let operator: TestUser;
  let admin: TestUser;
  let member: TestUser;
  let accountId: string;

  beforeAll(async () => {
    operator = await createOperator(h.db);
    admin = await createUser(h.db);
    member = await createUser(h.db);
    accountId = (await createAccount(h.db, admin, 'Offline Corp')).id;
    await addMember(h.db, accountId, member, 'member');
  });

  const set = (user: TestUser, enabled: unknown) =>
    h.licensing.put(`/operator/accounts/${accountId}/offline-operations`).set(auth(user)).send({ enabled });
  const events = () =>
    h.db.query(`SELECT id, payload, published_at FROM outbox_events WHERE type = 'account.offline-operations-enabled' AND payload->>'accountId' = $1`, [accountId]);

  it('is off by default', async () => {
    const account = await h.licensing.get(`/operator/accounts/${accountId}/offline-operations`).set(auth(operator));
    expect(account.body.offlineOperationsEnabled).toBe(false);
  });

  it('only operators switch it', async () => {
    const res = await set(admin, true);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('OPERATOR_REQUIRED');
    expect(await events()).toEqual([]);
    const invalid = await set(operator, 'yes');
    expect(invalid.status).toBe(400);
    const unknown = await h.licensing.put(`/operator/accounts/00000000-0000-4000-8000-000000000000/offline-operations`).set(auth(operator)).send({ enabled: true });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('ACCOUNT_NOT_FOUND');
  });

  it('turning it on writes one outbox event in the same transaction and shows on the dashboard; repeating changes nothing', async () => {
    const on = await set(operator, true);
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ accountId, offlineOperationsEnabled: true });
    const [settings] = await h.db.query(`SELECT offline_operations_enabled, updated_by FROM account_settings WHERE account_id = $1`, [accountId]);
    expect(settings).toEqual({ offline_operations_enabled: true, updated_by: operator.id });
    const written = await events();
    expect(written).toHaveLength(1);
    expect(written[0].payload).toEqual({ accountId, byUserId: operator.id });

    const again = await set(operator, true);
    expect(again.body.offlineOperationsEnabled).toBe(true);
    expect(await events()).toHaveLength(1);

    await createSubscription(h.db, { accountId, quantity: 1, startsOn: daysFromNow(0), endsOn: daysFromNow(10) });
    const dashboard = await h.licensing.get(`/accounts/${accountId}/dashboard`).set(auth(member));
    expect(dashboard.body.products[0].offlineOperationsEnabled).toBe(true);
    expect(dashboard.body.products[0].links.offlineOperations).toBe(`/accounts/${accountId}/offline`);

    await eventually(async () => ((await events())[0]?.published_at ? true : undefined), 10_000, 'the event relayed');
    // The email itself is the notification service's template: asserted where that template exists.
    if (templateExists) {
      const mail = await h.smtp.waitFor((m) => m.to.includes(admin.email));
      expect(mail.subject).toContain('Offline Corp');
      expect(h.smtp.to(member.email)).toEqual([]);
    }
  });

  it('turning it off writes no event', async () => {
    const off = await set(operator, false);
    expect(off.body.offlineOperationsEnabled).toBe(false);
    expect(await events()).toHaveLength(1);
    const dashboard = await h.licensing.get(`/accounts/${accountId}/dashboard`).set(auth(member));
    expect(dashboard.body.products[0].links.offlineOperations).toBeNull();
    const [settings] = await h.db.query(`SELECT offline_operations_enabled FROM account_settings WHERE account_id = $1`, [accountId]);
    expect(settings.offline_operations_enabled).toBe(false);
  });

  it('two operators turning it on at once email once', async () => {
    const other = await createOperator(h.db);
    const results = await Promise.all([set(operator, true), set(other, true), set(operator, true)]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await events()).toHaveLength(2);
  });
});
