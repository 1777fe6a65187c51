import { beforeAll, describe, expect, it } from '@jest/globals';
import { InstallationEntity } from '#database';
import { createSublicense, daysFromNow } from '../../support/factories.js';
import { useHarness } from '../../support/suite.js';
import { createWorld, site, useAgents, type ActivationWorld } from './activation-fixtures.js';

describe('proxy-server views in the portal', () => {
  const h = useHarness({ services: ['activation', 'notification'] });
  const agents = useAgents(h);
  let world: ActivationWorld;
  let other: ActivationWorld;
  const ids: Record<string, string> = {};

  const get = (path: string, token = world.admin.token) => h.activation.get(`/accounts/${world.accountId}${path}`).set('authorization', `Bearer ${token}`);
  const post = (path: string, body: object, token = world.admin.token) =>
    h.activation.post(`/accounts/${world.accountId}${path}`).set('authorization', `Bearer ${token}`).send(body);

  beforeAll(async () => {
    world = await createWorld(h, { quantity: 100, companyName: 'Initech' });
    other = await createWorld(h, { quantity: 5, companyName: 'Other Inc' });
    // Four servers: alpha (primary key), =evil (a formula in its name), beta (expiring soon), gamma (expired key).
    const alpha = agents.create();
    await alpha.activate({ key: world.subscription.key, serverName: 'alpha.corp.example', siteCode: 'ALP', siteDescription: 'Berlin, main "HQ"', appVersion: '6.0.0.74' });
    await alpha.report({ managed: 40, peak: 42, reportId: 'r1', reportedAt: new Date(Date.now() - 7 * 86_400_000) });
    await alpha.report({ managed: 44, peak: 47, reportId: 'r2' });
    ids.alpha = alpha.state.installationId as string;
    const evil = agents.create();
    const evilKey = await createSublicense(h.db, world.subscription, { quota: 10 });
    await evil.activate({ key: evilKey.key, serverName: '=HYPERLINK("http://evil.example","x")', siteCode: 'EVL', siteDescription: '@SUM(1+1)', appVersion: '6.0.0.74' });
    ids.evil = evil.state.installationId as string;
    const beta = agents.create();
    const betaKey = await createSublicense(h.db, world.subscription, { quota: 10, expiresOn: daysFromNow(12) });
    await beta.activate({ key: betaKey.key, serverName: 'beta.corp.example', siteCode: 'BET', siteDescription: 'Munich', appVersion: '6.1.0.3' });
    ids.beta = beta.state.installationId as string;
    const gamma = agents.create();
    const gammaKey = await createSublicense(h.db, world.subscription, { quota: 10, expiresOn: daysFromNow(90) });
    await gamma.activate({ key: gammaKey.key, ...site(4) });
    ids.gamma = gamma.state.installationId as string;
    await h.db.query(`UPDATE license_keys SET expires_on = $2 WHERE id = $1`, [gammaKey.entity.id, daysFromNow(-2)]);
    const foreign = agents.create();
    await foreign.activate({ key: other.subscription.key, ...site(9) });
    ids.foreign = foreign.state.installationId as string;
  });

  it('lists the servers of the account only, newest first, members included', async () => {
    const res = await get('/installations', world.member.token).expect(200);
    expect(res.body.total).toBe(4);
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([ids.gamma, ids.beta, ids.evil, ids.alpha]);
    expect(res.body.items[3]).toEqual({
      id: ids.alpha,
      status: 'active',
      serverName: 'alpha.corp.example',
      licenseKey: `•••••-•••••-•••••-•••••-${world.subscription.key.slice(-5)}`,
      siteCode: 'ALP',
      siteDescription: 'Berlin, main "HQ"',
      offlineAllowed: false,
      activatedOffline: false,
      offlineUse: false,
      appVersion: '6.0.0.74',
      activatedAt: expect.any(String),
      lastReportedAt: expect.any(String),
      quota: 70,
      used: 44,
      notes: null,
    });
  });

  it('searches, sorts, pages and selects columns', async () => {
    const search = await get('/installations?search=MUNICH').expect(200);
    expect(search.body.items.map((i: { id: string }) => i.id)).toEqual([ids.beta]);
    const bySite = await get('/installations?sort=siteCode&order=asc&columns=siteCode,used&pageSize=2&page=2').expect(200);
    expect(bySite.body).toMatchObject({ page: 2, pageSize: 2, total: 4, columns: ['siteCode', 'used'] });
    expect(bySite.body.items).toEqual([
      { id: ids.evil, status: 'active', siteCode: 'EVL', used: 0 },
      { id: ids.gamma, status: 'expired', siteCode: 'S04', used: 0 },
    ]);
    const byUsage = await get('/installations?sort=used&order=desc&pageSize=1').expect(200);
    expect(byUsage.body.items[0].id).toBe(ids.alpha);
    expect((await get('/installations?sort=password').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await get('/installations?columns=serverName,secret').expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('filters: expiring soon, expired', async () => {
    const soon = await get('/installations?filter=expiring_soon').expect(200);
    expect(soon.body.items.map((i: { id: string }) => i.id)).toEqual([ids.beta]);
    const expired = await get('/installations?filter=expired').expect(200);
    expect(expired.body.items.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([[ids.gamma, 'expired']]);
  });

  it('shows details with the usage series, oldest first', async () => {
    const res = await get(`/installations/${ids.alpha}`, world.member.token).expect(200);
    expect(res.body.general).toMatchObject({ id: ids.alpha, status: 'active', serverName: 'alpha.corp.example', used: 44, deactivatedAt: null });
    expect(res.body.usage.map((u: { managedComputers: number; peakComputers: number }) => [u.managedComputers, u.peakComputers])).toEqual([
      [40, 42],
      [44, 47],
    ]);
  });

  it('edits notes (admins only)', async () => {
    const denied = await h.activation
      .patch(`/accounts/${world.accountId}/installations/${ids.alpha}/notes`)
      .set('authorization', `Bearer ${world.member.token}`)
      .send({ notes: 'x' })
      .expect(403);
    expect(denied.body.code).toBe('ADMIN_REQUIRED');
    const res = await h.activation
      .patch(`/accounts/${world.accountId}/installations/${ids.alpha}/notes`)
      .set('authorization', `Bearer ${world.admin.token}`)
      .send({ notes: 'Rack 4' })
      .expect(200);
    expect(res.body.notes).toBe('Rack 4');
  });

  it("answers 404 for another account's server, everywhere", async () => {
    for (const res of [
      await get(`/installations/${ids.foreign}`).expect(404),
      await get(`/installations/not-a-uuid`).expect(404),
      await h.activation
        .patch(`/accounts/${world.accountId}/installations/${ids.foreign}/notes`)
        .set('authorization', `Bearer ${world.admin.token}`)
        .send({ notes: 'mine now' })
        .expect(404),
      await post(`/installations/${ids.foreign}/deactivate`, {}).expect(404),
      await post('/installations/deactivate', { installationIds: [ids.beta, ids.foreign] }).expect(404),
      await get(`/installations/export?ids=${ids.foreign}`).expect(404),
    ]) {
      expect(res.body.code).toBe('INSTALLATION_NOT_FOUND');
    }
    // Nothing was changed by the refused bulk request.
    expect((await h.db.getRepository(InstallationEntity).findOneByOrFail({ id: ids.beta })).status).toBe('active');
    expect((await h.db.getRepository(InstallationEntity).findOneByOrFail({ id: ids.foreign })).notes).toBeNull();
    // And the other account's own admin does not see ours.
    const theirs = await h.activation.get(`/accounts/${other.accountId}/installations`).set('authorization', `Bearer ${other.admin.token}`).expect(200);
    expect(theirs.body.items.map((i: { id: string }) => i.id)).toEqual([ids.foreign]);
    expect((await get('/installations', other.admin.token).expect(404)).body.code).toBe('ACCOUNT_NOT_FOUND');
  });

  it('exports CSV: selected servers, chosen columns, spreadsheet formulas neutralised', async () => {
    const res = await get(`/installations/export?ids=${ids.evil},${ids.alpha}&columns=serverName,siteDescription,used&sort=activatedAt&order=asc`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="proxy-servers-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.text.split('\r\n')).toEqual([
      '\uFEFFId,Status,Server Name,Site Description,Registered Computers',
      `${ids.alpha},active,alpha.corp.example,"Berlin, main ""HQ""",44`,
      `${ids.evil},active,"'=HYPERLINK(""http://evil.example"",""x"")",'@SUM(1+1),0`,
      '',
    ]);
  });

  it('exports everything matching a filter, and large selections by POST', async () => {
    const all = await get('/installations/export?filter=all&columns=siteCode').expect(200);
    expect(all.text.trim().split('\r\n')).toHaveLength(5);
    const posted = await post('/installations/export', { installationIds: [ids.beta], columns: ['siteCode'] }).expect(200);
    expect(posted.text.split('\r\n')[1]).toBe(`${ids.beta},active,BET`);
  });

  it('gives the dashboard counts', async () => {
    const res = await get('/installations/summary', world.member.token).expect(200);
    // gamma's key has ended: it is told `expired`, so it is not a registered (running) server.
    expect(res.body).toEqual({ registeredProxyServers: 3, usedLicenses: 44, expiringSoon: 1, overLimit: 0, expired: 1, suspended: 0, cancelled: 0, deactivated: 0 });
  });

  it('deactivates one or several (admins only): admins emailed per server, the proxy learns it at refresh', async () => {
    expect((await post('/installations/deactivate', { installationIds: [ids.beta] }, world.member.token).expect(403)).body.code).toBe('ADMIN_REQUIRED');
    const one = await post(`/installations/${ids.alpha}/deactivate`, {}).expect(200);
    expect(one.body).toEqual({ deactivated: [ids.alpha], alreadyDeactivated: [] });
    const many = await post('/installations/deactivate', { installationIds: [ids.alpha, ids.beta, ids.gamma] }).expect(200);
    expect(many.body).toEqual({ deactivated: [ids.beta, ids.gamma], alreadyDeactivated: [ids.alpha] });

    for (const name of ['alpha.corp.example', 'beta.corp.example', 'sccm-proxy-4.corp.example']) {
      const email = await h.smtp.waitFor((m) => m.to.includes(world.admin.email) && m.subject.includes(`proxy server ${name} was deactivated`));
      expect(email.text).toContain('Initech');
      expect(email.text).toContain(world.supportCode);
    }
    expect(h.smtp.to(world.member.email).filter((m) => m.subject.includes('was deactivated'))).toHaveLength(0);

    // The proxy (its credential still valid) is told at its next refresh; the key is free.
    const alpha = agents.reopen(1);
    expect((await alpha.refresh()).status).toBe('deactivated');
    const filtered = await get('/installations?filter=deactivated').expect(200);
    expect(filtered.body.total).toBe(3);
    expect((await get('/installations/summary').expect(200)).body).toMatchObject({ registeredProxyServers: 1, usedLicenses: 0, deactivated: 3 });
    expect((await agents.create().activate({ key: world.subscription.key, ...site(8) })).status).toBe('active');
  });
});
