import { describe, expect, it } from '@jest/globals';
import { SubscriptionEntity } from '#database';
import { createSublicense, daysFromNow } from '../../support/factories.js';
import { useHarness } from '../../support/suite.js';
import { AgentFactory, createWorld, setOfflineOperations, site, useAgents, type ActivationWorld } from './activation-fixtures.js';

/**
 * Issue 13's proxy-server items: the portal shows the state the proxy is told, one identity across
 * re-activations, the CSV in the list's order, both meanings of "Offline Use", one offline upload.
 */
describe('proxy servers as the proxy sees them', () => {
  const h = useHarness({ services: ['activation', 'licensing'] });
  const agents = useAgents(h);

  const as = (world: ActivationWorld, token = world.admin.token) => ({
    get: (path: string) => h.activation.get(`/accounts/${world.accountId}${path}`).set('authorization', `Bearer ${token}`),
    post: (path: string, body: object) => h.activation.post(`/accounts/${world.accountId}${path}`).set('authorization', `Bearer ${token}`).send(body),
  });
  const statusById = (items: Array<{ id: string; status: string }>) => Object.fromEntries(items.map((i) => [i.id, i.status]));

  it('suspended, cancelled and expired subscriptions: list, filters, summary, CSV and dashboard say what the refresh says', async () => {
    const running = await createWorld(h, { quantity: 20 });
    const suspended = await createWorld(h, { quantity: 5 });
    const cancelled = await createWorld(h, { quantity: 5 });
    const expired = await createWorld(h, { quantity: 5, endsOn: daysFromNow(30) });
    const worlds = { running, suspended, cancelled, expired };
    const proxies: Record<string, ReturnType<AgentFactory['create']>> = {};
    for (const [name, world] of Object.entries(worlds)) {
      proxies[name] = agents.create();
      await proxies[name].activate({ key: world.subscription.key, ...site(1) });
    }
    // An over-limit server in the running account: it still runs (told over_limit).
    const overKey = await createSublicense(h.db, running.subscription, { quota: 2 });
    const over = agents.create();
    await over.activate({ key: overKey.key, ...site(2) });
    await over.report({ managed: 3, peak: 3, reportId: 'over-1' });

    await h.db.manager.update(SubscriptionEntity, { id: suspended.subscription.subscription.id }, { status: 'suspended' });
    await h.db.manager.update(SubscriptionEntity, { id: cancelled.subscription.subscription.id }, { status: 'cancelled' });
    await h.db.manager.update(SubscriptionEntity, { id: expired.subscription.subscription.id }, { endsOn: daysFromNow(-3) });

    for (const [name, world] of Object.entries(worlds)) {
      const told = (await proxies[name].refresh()).status;
      expect(told).toBe(name === 'running' ? 'active' : name);
      const id = proxies[name].state.installationId as string;
      const list = await as(world, world.member.token).get('/installations').expect(200);
      expect(statusById(list.body.items)[id]).toBe(told);
      expect((await as(world).get(`/installations/${id}`).expect(200)).body.general.status).toBe(told);
      const filtered = await as(world).get(`/installations?filter=${name === 'running' ? 'active' : name}`).expect(200);
      expect(filtered.body.items.map((i: { id: string }) => i.id)).toContain(id);
      const csv = await as(world).get('/installations/export?columns=serverName').expect(200);
      expect(csv.text).toContain(`${id},${told},`);
      const dashboard = await h.licensing.get(`/accounts/${world.accountId}/dashboard`).set('authorization', `Bearer ${world.member.token}`).expect(200);
      expect(dashboard.body.products[0].registeredProxyServers).toBe(name === 'running' ? 2 : 0);
    }
    expect((await over.refresh()).status).toBe('over_limit');
    expect(statusById((await as(running).get('/installations?filter=over_limit').expect(200)).body.items)).toEqual({ [over.state.installationId as string]: 'over_limit' });
    expect((await as(running).get('/installations?filter=active').expect(200)).body.total).toBe(2);
    expect((await as(suspended).get('/installations?filter=active').expect(200)).body.total).toBe(0);
    expect((await as(running).get('/installations/summary').expect(200)).body).toEqual({
      registeredProxyServers: 2,
      usedLicenses: 3,
      expiringSoon: 0,
      overLimit: 1,
      expired: 0,
      suspended: 0,
      cancelled: 0,
      deactivated: 0,
    });
    expect((await as(suspended).get('/installations/summary').expect(200)).body).toMatchObject({ registeredProxyServers: 0, usedLicenses: 0, suspended: 1 });
    expect((await as(cancelled).get('/installations/summary').expect(200)).body).toMatchObject({ registeredProxyServers: 0, cancelled: 1 });
    expect((await as(expired).get('/installations/summary').expect(200)).body).toMatchObject({ registeredProxyServers: 0, expired: 1 });
    // Reactivated, the subscription's server runs again everywhere.
    await h.db.manager.update(SubscriptionEntity, { id: suspended.subscription.subscription.id }, { status: 'active' });
    expect((await as(suspended).get('/installations/summary').expect(200)).body).toMatchObject({ registeredProxyServers: 1, suspended: 0 });
    expect((await as(running).get('/installations?filter=suspended').expect(200)).body.total).toBe(0);
    expect((await as(running).get('/installations?filter=sleeping').expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('re-activating the same proxy server keeps its identity, notes and usage; another server with the key is a new one', async () => {
    const world = await createWorld(h, { quantity: 10 });
    const proxy = agents.create();
    await proxy.activate({ key: world.subscription.key, ...site(1) });
    const id = proxy.state.installationId as string;
    await proxy.report({ managed: 4, peak: 5, reportId: 'week-1' });
    await h.activation.patch(`/accounts/${world.accountId}/installations/${id}/notes`).set('authorization', `Bearer ${world.admin.token}`).send({ notes: 'Rack 7' }).expect(200);
    await proxy.deactivate();

    // The same server (same key pair) activates the key again: the same installation, active again.
    const again = await proxy.activate({ key: world.subscription.key, ...site(1), appVersion: '6.1.0.0' });
    expect(again.installationId).toBe(id);
    expect(again.status).toBe('active');
    const details = await as(world).get(`/installations/${id}`).expect(200);
    expect(details.body.general).toMatchObject({ status: 'active', notes: 'Rack 7', appVersion: '6.1.0.0', deactivatedAt: null, deactivationReason: null });
    expect(details.body.usage.map((u: { managedComputers: number }) => u.managedComputers)).toEqual([4]);
    // Its new credential works; the old history continues.
    await proxy.report({ managed: 6, peak: 6, reportId: 'week-2' });
    expect((await as(world).get(`/installations/${id}`).expect(200)).body.usage.map((u: { managedComputers: number }) => u.managedComputers)).toEqual([4, 6]);
    expect((await as(world).get('/installations').expect(200)).body.total).toBe(1);

    // Another server (its own key pair) with the same key, after this one is deactivated: a new installation.
    await proxy.deactivate();
    const other = agents.create();
    const theirs = await other.activate({ key: world.subscription.key, ...site(2) });
    expect(theirs.installationId).not.toBe(id);
    const list = await as(world).get('/installations').expect(200);
    expect(statusById(list.body.items)).toEqual({ [id]: 'deactivated', [theirs.installationId]: 'active' });
    // While the key is in use by the other server, the first one cannot come back.
    await expect(proxy.activate({ key: world.subscription.key, ...site(1) })).rejects.toMatchObject({ code: 'KEY_IN_USE' });
    expect(statusById((await as(world).get('/installations').expect(200)).body.items)[id]).toBe('deactivated');
  });

  it('exports CSV in the order and with the search of the list', async () => {
    const world = await createWorld(h, { quantity: 30 });
    for (const [n, name] of [
      [1, 'charlie.berlin'],
      [2, 'alpha.berlin'],
      [3, 'bravo.berlin'],
      [4, 'delta.munich'],
    ] as const) {
      const key = await createSublicense(h.db, world.subscription, { quota: 2 });
      await agents.create().activate({ key: key.key, ...site(n), serverName: name });
    }
    for (const [sort, order] of [
      ['serverName', 'asc'],
      ['serverName', 'desc'],
      ['siteCode', 'desc'],
      ['activatedAt', 'asc'],
    ] as const) {
      const query = `search=berlin&sort=${sort}&order=${order}`;
      const list = await as(world).get(`/installations?${query}&columns=serverName`).expect(200);
      const onScreen = list.body.items.map((i: { serverName: string }) => i.serverName);
      expect(onScreen).toHaveLength(3);
      const csv = await as(world).get(`/installations/export?${query}&columns=serverName`).expect(200);
      expect(csv.text.trim().split('\r\n').slice(1).map((line) => line.split(',')[2])).toEqual(onScreen);
      const posted = await as(world).post('/installations/export', { search: 'berlin', sort, order, columns: ['serverName'] }).expect(200);
      expect(posted.text).toBe(csv.text);
    }
    expect((await as(world).get('/installations/export?sort=secret').expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('"Offline Use": offlineAllowed is the account\'s switch, activatedOffline how it was activated', async () => {
    const world = await createWorld(h, { quantity: 10 });
    const online = agents.create();
    await online.activate({ key: world.subscription.key, ...site(1) });
    const id = online.state.installationId as string;
    const columns = 'columns=offlineAllowed,activatedOffline';
    expect((await as(world).get(`/installations?${columns}`).expect(200)).body.items).toEqual([
      { id, status: 'active', offlineAllowed: false, activatedOffline: false, offlineUse: false },
    ]);
    await setOfflineOperations(h.db, world.accountId, true);
    expect((await as(world).get(`/installations?${columns}`).expect(200)).body.items[0]).toMatchObject({ offlineAllowed: true, activatedOffline: false });
    expect((await as(world).get(`/installations/${id}`).expect(200)).body.general).toMatchObject({ offlineAllowed: true, activatedOffline: false });
    const csv = await as(world).get(`/installations/export?${columns}`).expect(200);
    expect(csv.text.split('\r\n').slice(0, 2)).toEqual(['\uFEFFId,Status,Offline Use,Activated Offline', `${id},active,true,false`]);
  });

  it('one offline upload reads the file type and answers the matching file', async () => {
    const world = await createWorld(h, { quantity: 10 });
    const proxy = agents.create();
    await proxy.fetchSigningKeys();
    const upload = (file: unknown, token = world.admin.token) => as(world, token).post('/offline/requests', file as object);

    expect((await upload(proxy.createActivationRequest({ key: world.subscription.key, ...site(1) })).expect(403)).body.code).toBe('OFFLINE_DISABLED');
    await setOfflineOperations(h.db, world.accountId, true);
    expect((await upload(proxy.createActivationRequest({ key: world.subscription.key, ...site(1) }), world.member.token).expect(403)).body.code).toBe('ADMIN_REQUIRED');

    const activation = await upload(proxy.createActivationRequest({ key: world.subscription.key, ...site(1) })).expect(200);
    expect(activation.body).toMatchObject({ requestType: 'activation-request', answerType: 'offline-activation' });
    expect(activation.body.deactivation).toBeUndefined();
    const activated = proxy.importFile(activation.body.document);
    expect(activated).toMatchObject({ type: 'offline-activation', status: 'active', activatedOffline: true });

    const refresh = await upload(proxy.createRefreshRequest({ managed: 3, peak: 4, reportId: 'offline-1' })).expect(200);
    expect(refresh.body).toMatchObject({ requestType: 'refresh-request', answerType: 'subscription-information' });
    expect(proxy.importFile(refresh.body.document)).toMatchObject({ type: 'subscription-information', used: 3 });

    const replay = proxy.createRefreshRequest();
    await upload(replay).expect(200);
    expect((await upload(replay).expect(409)).body.code).toBe('FILE_REPLAYED');
    expect((await upload({ ...replay, payload: { type: 'license' } }).expect(400)).body.code).toBe('FILE_MALFORMED');
    expect((await upload({ nonsense: true }).expect(400)).body.code).toBe('VALIDATION_FAILED');

    const deactivation = await upload(proxy.createDeactivationRequest()).expect(200);
    expect(deactivation.body).toMatchObject({
      requestType: 'deactivation-request',
      answerType: 'deactivation',
      deactivation: { installationId: activated.installationId, status: 'deactivated', alreadyDeactivated: false },
    });
    expect(deactivation.body.document).toBeUndefined();
    // The three typed endpoints stay, with FILE_TYPE_MISMATCH for a file of another kind.
    expect((await as(world).post('/offline/activation-requests', replay).expect(400)).body.code).toBe('FILE_TYPE_MISMATCH');
  });
});
