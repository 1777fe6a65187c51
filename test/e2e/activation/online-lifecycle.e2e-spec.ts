import { beforeAll, describe, expect, it } from '@jest/globals';
import { generateLicenseKey } from '#common';
import { InstallationEntity, UsageReportEntity } from '#database';
import { AgentError, ProxyApiError, type ProxyAgent } from '../../../tools/proxy-agent/src/index.js';
import { useHarness } from '../../support/suite.js';
import { createWorld, site, useAgents, type ActivationWorld } from './activation-fixtures.js';

/** The error a promise rejects with (fails the test when it resolves). */
async function failure(promise: Promise<unknown>): Promise<ProxyApiError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ProxyApiError) return err;
    throw err;
  }
  throw new Error('expected the call to fail');
}

describe('online activation life cycle (reference agent as the client)', () => {
  const h = useHarness({ services: ['activation'] });
  const agents = useAgents(h);
  let world: ActivationWorld;
  let agent: ProxyAgent;

  beforeAll(async () => {
    world = await createWorld(h, { quantity: 25 });
    agent = agents.create();
  });

  it('verifies the key: license information with the key masked', async () => {
    const info = await agent.verifyKey(world.subscription.key.toLowerCase().replace(/-/g, ' '));
    expect(info).toEqual({
      licenseKey: `•••••-•••••-•••••-•••••-${world.subscription.key.slice(-5)}`,
      keyKind: 'primary',
      startsOn: world.subscription.subscription.startsOn,
      endsOn: world.subscription.subscription.endsOn,
      quota: 25,
      used: 0,
      vacant: 25,
      status: 'active',
      inUse: false,
    });
  });

  it('refuses mistyped, malformed and unknown keys with their codes and nothing more', async () => {
    const key = world.subscription.key;
    const typo = `${key.slice(0, -1)}${key.endsWith('2') ? '3' : '2'}`;
    expect((await failure(agent.verifyKey(typo))).code).toBe('LICENSE_KEY_MISTYPED');
    expect((await failure(agent.verifyKey('not-a-key'))).code).toBe('LICENSE_KEY_MALFORMED');
    const unknown = await failure(agent.verifyKey(generateLicenseKey()));
    expect([unknown.status, unknown.code]).toEqual([404, 'LICENSE_KEY_NOT_FOUND']);
    expect(unknown.details).toBeUndefined();
  });

  it('activates: installation id, a working credential and a verified license document', async () => {
    const payload = await agent.activate({ key: world.subscription.key, ...site(1) });
    expect(payload).toMatchObject({
      type: 'license',
      accountId: world.accountId,
      companyName: 'Acme Corp',
      proxyKeyId: agent.keyId,
      quota: 25,
      used: 0,
      vacant: 25,
      status: 'active',
      activatedOffline: false,
    });
    expect(Date.parse(payload.validUntil)).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect(agent.state.credential).toMatch(new RegExp(`^${agent.state.installationId}\\.[A-Za-z0-9_-]{43}$`));
    const row = await h.db.getRepository(InstallationEntity).findOneByOrFail({ id: agent.state.installationId });
    expect(row).toMatchObject({ status: 'active', serverName: 'sccm-proxy-1.corp.example', siteCode: 'S01', activatedOffline: false });
    // Only the hash of the secret is stored.
    expect(row.credentialHash).toMatch(/^[0-9a-f]{64}$/);
    expect(agent.state.credential).not.toContain(row.credentialHash);
  });

  it('a second installation with the same key is refused while the first is active', async () => {
    const other = agents.create();
    const error = await failure(other.activate({ key: world.subscription.key, ...site(2) }));
    expect([error.status, error.code]).toEqual([409, 'KEY_IN_USE']);
    expect((await other.verifyKey(world.subscription.key)).inUse).toBe(true);
  });

  it('reports usage idempotently and shows it in refresh', async () => {
    const first = await agent.report({ managed: 12, peak: 14, reportId: 'week-1' });
    expect(first).toMatchObject({ reportId: 'week-1', managedComputers: 12, peakComputers: 14, quota: 25, overLimit: false, duplicate: false });
    // The agent resends a known report id with its original figures; another body under the same
    // id is not a retry: refused, nothing stored.
    const reused = await h.activation
      .post('/proxy/v1/usage-reports')
      .set({ authorization: `Proxy ${agent.state.credential}` })
      .send({ reportId: 'week-1', managedComputers: 13, peakComputers: 14, appVersion: '6.0.0.74', reportedAt: new Date().toISOString() })
      .expect(409);
    expect(reused.body.code).toBe('REPORT_ID_REUSED');
    const rows = await h.db.getRepository(UsageReportEntity).findBy({ installationId: agent.state.installationId });
    expect(rows).toHaveLength(1);

    const refreshed = await agent.refresh();
    expect(refreshed).toMatchObject({ status: 'active', quota: 25, used: 12, vacant: 13 });
    const row = await h.db.getRepository(InstallationEntity).findOneByOrFail({ id: agent.state.installationId });
    expect(row.managedComputers).toBe(12);
    expect(row.lastReportAt).not.toBeNull();
  });

  it('a report retried with the very same content is stored once and answered the same', async () => {
    const body = { reportId: 'week-2', managedComputers: 15, peakComputers: 16, appVersion: '6.0.0.74', reportedAt: new Date().toISOString() };
    const auth = { authorization: `Proxy ${agent.state.credential}` };
    const first = await h.activation.post('/proxy/v1/usage-reports').set(auth).send(body).expect(201);
    const again = await h.activation.post('/proxy/v1/usage-reports').set(auth).send(body).expect(201);
    expect(again.body).toEqual({ ...first.body, duplicate: true });
    expect(await h.db.getRepository(UsageReportEntity).countBy({ installationId: agent.state.installationId, reportId: 'week-2' })).toBe(1);
  });

  it('enrollment checks pass below the quota and are refused at it', async () => {
    expect(await agent.enrollmentCheck()).toEqual({ allowed: true, quota: 25, used: 15, vacant: 10 });
    const atLimit = await failure(agent.enrollmentCheck(25));
    expect([atLimit.status, atLimit.code, atLimit.details]).toEqual([409, 'LICENSE_LIMIT_REACHED', { quota: 25, used: 25 }]);
  });

  it('refuses calls without or with a wrong credential', async () => {
    await h.activation.post('/proxy/v1/refresh').send({}).expect(401);
    const wrong = `${agent.state.installationId}.${'A'.repeat(43)}`;
    const res = await h.activation.post('/proxy/v1/refresh').set({ authorization: `Proxy ${wrong}` }).send({}).expect(401);
    expect(res.body.code).toBe('INVALID_CREDENTIAL');
  });

  it('deactivates online: the key is released at once and the credential stops working', async () => {
    const credential = agent.state.credential as string;
    const result = await agent.deactivate();
    expect(result.status).toBe('deactivated');
    const row = await h.db.getRepository(InstallationEntity).findOneByOrFail({ id: agent.state.installationId });
    expect(row).toMatchObject({ status: 'deactivated', deactivationReason: 'proxy' });
    const res = await h.activation.post('/proxy/v1/refresh').set({ authorization: `Proxy ${credential}` }).send({}).expect(401);
    expect(res.body.code).toBe('CREDENTIAL_REVOKED');
    await expect(agent.refresh()).rejects.toBeInstanceOf(AgentError);

    // The key is free again: another proxy activates with it.
    const next = agents.create();
    const payload = await next.activate({ key: world.subscription.key, ...site(3) });
    expect(payload.status).toBe('active');
  });

  it('the agent keeps its state across restarts (state file)', async () => {
    const reopened = agents.reopen(3);
    expect(reopened.state.installationId).toBeDefined();
    expect(reopened.license()?.trusted).toBe(true);
    expect((await reopened.refresh()).status).toBe('active');
  });

  it('publishes the signing keys (JWKS-like)', async () => {
    const res = await h.activation.get('/proxy/v1/signing-keys').expect(200);
    expect(res.body.keys).toEqual([{ kty: 'OKP', crv: 'Ed25519', x: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), kid: 'test-1', alg: 'EdDSA', use: 'sig' }]);
  });
});
