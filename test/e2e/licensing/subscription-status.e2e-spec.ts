import { describe, expect, it } from '@jest/globals';
import { daysFromNow } from '../../support/factories.js';
import { useHarness } from '../../support/suite.js';
import { auth, operatorCreates, useTenant, type CreatedSubscription } from './licensing-support.js';

describe('expired, suspended and cancelled subscriptions behave as their status says', () => {
  const h = useHarness({ services: ['licensing', 'notification'] });
  const t = useTenant(h, 'Status Corp');

  const base = (s: CreatedSubscription) => `/accounts/${t.accountId}/subscriptions/${s.id}`;

  /** A subscription with one sublicense, then put in the status under test. */
  async function withSublicense(endsInDays = 100): Promise<{ s: CreatedSubscription; sublicenseId: string }> {
    const s = await operatorCreates(h, t.operator, { accountId: t.accountId, quantity: 10, startsOn: daysFromNow(-200), endsOn: daysFromNow(endsInDays) });
    const sub = await h.licensing.post(`${base(s)}/sublicenses`).set(auth(t.admin)).send({ quota: 2 });
    expect(sub.status).toBe(201);
    return { s, sublicenseId: sub.body.id };
  }

  async function expectFrozen(s: CreatedSubscription, sublicenseId: string, status: string) {
    const create = await h.licensing.post(`${base(s)}/sublicenses`).set(auth(t.admin)).send({ quota: 1 });
    expect(create.status).toBe(409);
    expect(create.body).toMatchObject({ code: 'SUBSCRIPTION_NOT_ACTIVE', details: { status } });
    const modify = await h.licensing.patch(`${base(s)}/sublicenses/${sublicenseId}`).set(auth(t.admin)).send({ quota: 3 });
    expect(modify.status).toBe(409);
    expect(modify.body.code).toBe('SUBSCRIPTION_NOT_ACTIVE');
    const details = await h.licensing.get(base(s)).set(auth(t.admin));
    expect(details.body.status).toBe(status);
  }

  it('expired (the day after its end date): shown expired, its keys expired, no sublicense changes, not licensed on the dashboard', async () => {
    const { s, sublicenseId } = await withSublicense(5);
    await h.db.query(`UPDATE subscriptions SET ends_on = $2 WHERE id = $1`, [s.id, daysFromNow(-1)]);
    await expectFrozen(s, sublicenseId, 'expired');
    const keys = await h.licensing.get(`${base(s)}/license-keys`).set(auth(t.admin));
    expect(keys.body.items.map((k: { expired: boolean }) => k.expired)).toEqual([true, true]);
    const list = await h.licensing.get(`/accounts/${t.accountId}/subscriptions?status=expired`).set(auth(t.admin));
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(s.id);

    // Its last day is still valid.
    await h.db.query(`UPDATE subscriptions SET ends_on = $2 WHERE id = $1`, [s.id, daysFromNow(0)]);
    expect((await h.licensing.get(base(s)).set(auth(t.admin))).body.status).toBe('active');

    // A renewal brings it back.
    await h.db.query(`UPDATE subscriptions SET ends_on = $2 WHERE id = $1`, [s.id, daysFromNow(-1)]);
    const renewed = await h.licensing.post(`/operator/subscriptions/${s.id}/renew`).set(auth(t.operator)).send({ endsOn: daysFromNow(365) });
    expect(renewed.body.status).toBe('active');
    expect((await h.licensing.post(`${base(s)}/sublicenses`).set(auth(t.admin)).send({ quota: 1 })).status).toBe(201);
  });

  it('suspended: shown suspended, no sublicense changes, not counted as licensed; reactivation restores it', async () => {
    const { s, sublicenseId } = await withSublicense();
    const before = (await h.licensing.get(`/accounts/${t.accountId}/dashboard`).set(auth(t.admin))).body.products[0];
    await h.licensing.post(`/operator/subscriptions/${s.id}/suspend`).set(auth(t.operator)).send({});
    await expectFrozen(s, sublicenseId, 'suspended');
    const during = (await h.licensing.get(`/accounts/${t.accountId}/dashboard`).set(auth(t.admin))).body.products[0];
    expect(during.licensedComputers).toBe(before.licensedComputers - 10);
    expect(during.activeSubscriptions).toBe(before.activeSubscriptions - 1);
    const list = await h.licensing.get(`/accounts/${t.accountId}/subscriptions?status=suspended`).set(auth(t.admin));
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([s.id]);

    await h.licensing.post(`/operator/subscriptions/${s.id}/reactivate`).set(auth(t.operator)).send({});
    const modify = await h.licensing.patch(`${base(s)}/sublicenses/${sublicenseId}`).set(auth(t.admin)).send({ quota: 3 });
    expect(modify.status).toBe(200);
  });

  it('cancelled: shown cancelled, no sublicense changes, its key cannot be registered, deleting a sublicense still works', async () => {
    const { s, sublicenseId } = await withSublicense();
    await h.licensing.post(`/operator/subscriptions/${s.id}/cancel`).set(auth(t.operator)).send({});
    await expectFrozen(s, sublicenseId, 'cancelled');
    const list = await h.licensing.get(`/accounts/${t.accountId}/subscriptions?status=cancelled`).set(auth(t.admin));
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([s.id]);
    const removed = await h.licensing.delete(`${base(s)}/sublicenses/${sublicenseId}`).set(auth(t.admin));
    expect(removed.status).toBe(204);
    const [primary] = await h.db.query(`SELECT quota FROM license_keys WHERE subscription_id = $1 AND kind = 'primary'`, [s.id]);
    expect(primary.quota).toBe(10);
  });
});
