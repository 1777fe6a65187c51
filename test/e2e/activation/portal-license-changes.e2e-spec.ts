import { beforeAll, describe, expect, it } from '@jest/globals';
import { createAccount, createInstallation, createOperator, createUser, daysFromNow, type TestUser } from '../../support/factories.js';
import { useHarness } from '../../support/suite.js';
import { auth, operatorCreates } from '../licensing/licensing-support.js';
import { site, useAgents } from './activation-fixtures.js';

/**
 * The portal's filters, summary and states read the key's end date, the subscription's status and the
 * key's quota copied onto each installation by database triggers. Each change licensing makes through
 * its own API (renewal, suspension, reactivation, cancellation, sublicense edits and deletion) must
 * show at once in the list's state, its filters, the details and the dashboard counts.
 */
describe('the portal views follow licensing changes', () => {
  const h = useHarness({ services: ['licensing', 'activation'] });
  const agents = useAgents(h);
  let operator: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    operator = await createOperator(h.db);
    admin = await createUser(h.db);
  });

  const view = (accountId: string) => {
    const get = (path: string) => h.activation.get(`/accounts/${accountId}${path}`).set(auth(admin)).expect(200);
    return {
      filter: async (filter: string) => ((await get(`/installations?filter=${filter}`)).body.items as Array<{ id: string; status: string }>).map((i) => [i.id, i.status]),
      summary: async () => (await get('/installations/summary')).body as Record<string, number>,
      details: async (id: string) => (await get(`/installations/${id}`)).body.general as { status: string; licenseKeyEndsOn: string | null; quota: number },
    };
  };
  const counts = (overrides: Record<string, number>) => ({
    registeredProxyServers: 0,
    usedLicenses: 0,
    expiringSoon: 0,
    overLimit: 0,
    expired: 0,
    suspended: 0,
    cancelled: 0,
    deactivated: 0,
    ...overrides,
  });
  const operatorPost = (path: string, body: object = {}) => h.licensing.post(`/operator/subscriptions${path}`).set(auth(operator)).send(body).expect(200);

  it('renewal, suspension, reactivation and cancellation of the subscription', async () => {
    const accountId = (await createAccount(h.db, admin, 'Renewals Inc')).id;
    const v = view(accountId);
    const s = await operatorCreates(h, operator, { accountId, quantity: 10, startsOn: daysFromNow(-200), endsOn: daysFromNow(10) });
    const agent = agents.create();
    await agent.activate({ key: s.key, ...site(1) });
    await agent.report({ managed: 4 });
    const id = agent.state.installationId as string;

    expect(await v.filter('expiring_soon')).toEqual([[id, 'active']]);
    expect(await v.summary()).toEqual(counts({ registeredProxyServers: 1, usedLicenses: 4, expiringSoon: 1 }));
    expect(await v.details(id)).toMatchObject({ status: 'active', licenseKeyEndsOn: daysFromNow(10), quota: 10 });

    await operatorPost(`/${s.id}/renew`, { endsOn: daysFromNow(365) });
    expect((await v.details(id)).licenseKeyEndsOn).toBe(daysFromNow(365));
    expect(await v.filter('expiring_soon')).toEqual([]);
    expect(await v.filter('active')).toEqual([[id, 'active']]);
    expect(await v.summary()).toEqual(counts({ registeredProxyServers: 1, usedLicenses: 4 }));

    await operatorPost(`/${s.id}/suspend`);
    expect(await v.filter('suspended')).toEqual([[id, 'suspended']]);
    expect(await v.filter('active')).toEqual([]);
    expect(await v.summary()).toEqual(counts({ suspended: 1 }));
    expect((await agent.refresh()).status).toBe('suspended');

    await operatorPost(`/${s.id}/reactivate`);
    expect(await v.filter('active')).toEqual([[id, 'active']]);

    await operatorPost(`/${s.id}/cancel`);
    expect(await v.filter('cancelled')).toEqual([[id, 'cancelled']]);
    expect(await v.summary()).toEqual(counts({ cancelled: 1 }));
    expect((await v.details(id)).status).toBe('cancelled');
  });

  it("a sublicense's own expiry, quota and deletion; an ended key is expired", async () => {
    const accountId = (await createAccount(h.db, admin, 'Sublicenses Inc')).id;
    const v = view(accountId);
    const s = await operatorCreates(h, operator, { accountId, quantity: 10, startsOn: daysFromNow(-200), endsOn: daysFromNow(200) });
    const base = `/accounts/${accountId}/subscriptions/${s.id}/sublicenses`;
    const created = await h.licensing.post(base).set(auth(admin)).send({ name: 'Lab', quota: 2, renewsWithSubscription: false, expiresOn: daysFromNow(20) });
    expect(created.status).toBe(201);
    const sub = created.body as { id: string };
    // Three computers on a key of two: over the limit, and ending within 30 days.
    const id = (await createInstallation(h.db, { accountId, licenseKeyId: sub.id, managedComputers: 3 })).id;
    expect(await v.filter('over_limit')).toEqual([[id, 'over_limit']]);
    expect(await v.filter('expiring_soon')).toEqual([[id, 'over_limit']]);
    expect(await v.summary()).toEqual(counts({ registeredProxyServers: 1, usedLicenses: 3, expiringSoon: 1, overLimit: 1 }));

    const path = `${base}/${sub.id}`;
    expect((await h.licensing.patch(path).set(auth(admin)).send({ quota: 5, expiresOn: daysFromNow(100) })).status).toBe(200);
    expect(await v.filter('over_limit')).toEqual([]);
    expect(await v.filter('expiring_soon')).toEqual([]);
    expect(await v.details(id)).toMatchObject({ status: 'active', licenseKeyEndsOn: daysFromNow(100), quota: 5 });

    // Its own date ended (licensing's nightly view of time passing, written directly).
    await h.db.query(`UPDATE license_keys SET expires_on = $2 WHERE id = $1`, [sub.id, daysFromNow(-1)]);
    expect(await v.filter('expired')).toEqual([[id, 'expired']]);
    expect(await v.summary()).toEqual(counts({ expired: 1 }));

    // Renewing with the subscription again: the subscription's end date applies.
    expect((await h.licensing.patch(path).set(auth(admin)).send({ renewsWithSubscription: true })).status).toBe(200);
    expect(await v.details(id)).toMatchObject({ status: 'active', licenseKeyEndsOn: daysFromNow(200) });

    expect((await h.licensing.delete(path).set(auth(admin))).status).toBe(204);
    expect(await v.filter('deactivated')).toEqual([[id, 'deactivated']]);
    expect(await v.details(id)).toMatchObject({ status: 'deactivated', licenseKeyEndsOn: null, quota: 0 });
    expect(await v.summary()).toEqual(counts({ deactivated: 1 }));
  });
});
