import { createPrivateKey } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signDocument, type SignedDocument } from '#common';
import { InstallationEntity, UsageReportEntity } from '#database';
import { AgentError, type ProxyAgent } from '../../../tools/proxy-agent/src/index.js';
import { Harness } from '../../support/harness.js';
import { AgentFactory, createWorld, setOfflineOperations, site, type ActivationWorld } from './activation-fixtures.js';

describe('offline life cycle: files move between the proxy and the portal', () => {
  let h: Harness;
  let agents: AgentFactory;
  let world: ActivationWorld;
  let agent: ProxyAgent;

  const upload = (kind: 'activation' | 'refresh' | 'deactivation', file: unknown, token = world.admin.token, accountId = world.accountId) =>
    h.activation.post(`/accounts/${accountId}/offline/${kind}-requests`).set('authorization', `Bearer ${token}`).send(file as object);

  beforeAll(async () => {
    h = await Harness.start({ services: ['activation'] });
    agents = new AgentFactory(() => h.service('activation').url);
    world = await createWorld(h, { quantity: 30 });
    agent = agents.create();
    // The proxy is offline: its signing keys reach it some other way (here: fetched once).
    await agent.fetchSigningKeys();
  });
  afterAll(async () => {
    agents?.cleanup();
    await h?.close();
  });

  it('is refused while offline operations are off for the account', async () => {
    const request = agent.createActivationRequest({ key: world.subscription.key, ...site(1) });
    const res = await upload('activation', request).expect(403);
    expect(res.body.code).toBe('OFFLINE_DISABLED');
  });

  it('only admins upload files', async () => {
    await setOfflineOperations(h.db, world.accountId, true);
    const request = agent.createActivationRequest({ key: world.subscription.key, ...site(1) });
    const res = await upload('activation', request, world.member.token).expect(403);
    expect(res.body.code).toBe('ADMIN_REQUIRED');
  });

  it('activates: request file in, signed activation file out, imported and verified by the proxy', async () => {
    const request = agent.createActivationRequest({ key: world.subscription.key, ...site(1) });
    const res = await upload('activation', request).expect(201);
    expect(res.body).toMatchObject({ alg: 'EdDSA', kid: 'test-1', payload: { type: 'offline-activation', inResponseTo: request.payload.nonce, proxyKeyId: agent.keyId } });

    // A file altered on its way back is refused by the proxy.
    const altered = structuredClone(res.body) as SignedDocument<Record<string, unknown>>;
    altered.payload.quota = 3000;
    expect(() => agent.importActivationFile(altered)).toThrow(AgentError);

    const payload = agent.importActivationFile(res.body);
    expect(payload).toMatchObject({ status: 'active', quota: 30, activatedOffline: true, accountId: world.accountId });
    expect(agent.state).toMatchObject({ mode: 'offline', installationId: payload.installationId });
    expect(agent.state.credential).toBeUndefined();
    const row = await h.db.getRepository(InstallationEntity).findOneByOrFail({ id: payload.installationId });
    expect(row).toMatchObject({ activatedOffline: true, status: 'active', credentialHash: null, siteCode: 'S01' });
  });

  it('refreshes offline, carrying usage: subscription information file out, usage recorded', async () => {
    const request = agent.createRefreshRequest({ managed: 17, peak: 19, reportId: 'offline-week-1' });
    const res = await upload('refresh', request).expect(200);
    const payload = agent.importSubscriptionFile(res.body);
    expect(payload).toMatchObject({ type: 'subscription-information', status: 'active', quota: 30, used: 17, vacant: 13, inResponseTo: request.payload.nonce });
    const reports = await h.db.getRepository(UsageReportEntity).findBy({ installationId: agent.state.installationId });
    expect(reports.map((r) => [r.reportId, r.managedComputers, r.peakComputers])).toEqual([['offline-week-1', 17, 19]]);
  });

  it('refuses a replayed file', async () => {
    const request = agent.createRefreshRequest();
    await upload('refresh', request).expect(200);
    const res = await upload('refresh', request).expect(409);
    expect(res.body.code).toBe('FILE_REPLAYED');
  });

  it('refuses a tampered file', async () => {
    const request = agent.createRefreshRequest({ managed: 1 });
    const tampered = structuredClone(request);
    (tampered.payload.usage as { managedComputers: number }).managedComputers = 0;
    (tampered.payload.usage as { peakComputers: number }).peakComputers = 0;
    const res = await upload('refresh', tampered).expect(422);
    expect(res.body.code).toBe('FILE_SIGNATURE_INVALID');
  });

  it('refuses expired files and files from the future, each with its code', async () => {
    const sign = (createdAt: Date) =>
      signDocument(
        { type: 'refresh-request', version: 1, installationId: agent.state.installationId, nonce: `n${Date.now()}${createdAt.getTime()}`.slice(0, 40), createdAt: createdAt.toISOString() },
        agent.keyId,
        createPrivateKey(agent.state.keyPair.privateKey),
      );
    const old = await upload('refresh', sign(new Date(Date.now() - 8 * 86_400_000))).expect(422);
    expect(old.body.code).toBe('FILE_EXPIRED');
    const future = await upload('refresh', sign(new Date(Date.now() + 86_400_000))).expect(422);
    expect(future.body.code).toBe('FILE_NOT_YET_VALID');
  });

  it('refuses a file of the wrong kind and a file that is no request file', async () => {
    const request = agent.createRefreshRequest();
    expect((await upload('deactivation', request).expect(400)).body.code).toBe('FILE_TYPE_MISMATCH');
    expect((await upload('deactivation', { ...request, payload: { hello: 'world' } }).expect(400)).body.code).toBe('FILE_MALFORMED');
    expect((await upload('deactivation', { nonsense: true }).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('refuses a request signed by another proxy than the one activated', async () => {
    const intruder = agents.create();
    const forged = signDocument(
      { type: 'deactivation-request', version: 1, installationId: agent.state.installationId, nonce: 'intruder-nonce-0000000001', createdAt: new Date().toISOString() },
      intruder.keyId,
      createPrivateKey(intruder.state.keyPair.privateKey),
    );
    const res = await upload('deactivation', forged).expect(422);
    expect(res.body.code).toBe('PROXY_KEY_MISMATCH');
    expect((await h.db.getRepository(InstallationEntity).findOneByOrFail({ id: agent.state.installationId })).status).toBe('active');
  });

  it('refuses foreign files: a key or an installation of another account answers 404', async () => {
    const other = await createWorld(h, { quantity: 5, companyName: 'Other Inc' });
    await setOfflineOperations(h.db, other.accountId, true);
    // A request for another account's key, uploaded here.
    const stranger = agents.create();
    const foreignKey = stranger.createActivationRequest({ key: other.subscription.key, ...site(9) });
    const res = await upload('activation', foreignKey).expect(404);
    expect(res.body.code).toBe('LICENSE_KEY_NOT_FOUND');
    // Our installation's request, uploaded by the other account's admin into theirs.
    const ours = agent.createRefreshRequest();
    const res2 = await upload('refresh', ours, other.admin.token, other.accountId).expect(404);
    expect(res2.body.code).toBe('INSTALLATION_NOT_FOUND');
    // Uploading into an account one does not belong to.
    expect((await upload('refresh', ours, other.admin.token, world.accountId).expect(404)).body.code).toBe('ACCOUNT_NOT_FOUND');
  });

  it('deactivates offline: the key is released only when the admin submits the file', async () => {
    const installationId = agent.state.installationId as string;
    const request = agent.createDeactivationRequest();
    expect(agent.license()).toBeDefined();
    // Not yet released: the key is still in use.
    const waiting = agents.create();
    await expect(waiting.activate({ key: world.subscription.key, ...site(5) })).rejects.toMatchObject({ code: 'KEY_IN_USE' });

    const res = await upload('deactivation', request).expect(200);
    expect(res.body).toMatchObject({ installationId, status: 'deactivated', alreadyDeactivated: false });
    expect(await h.db.getRepository(InstallationEntity).findOneByOrFail({ id: installationId })).toMatchObject({
      status: 'deactivated',
      deactivationReason: 'offline-file',
    });
    expect((await upload('deactivation', request).expect(409)).body.code).toBe('FILE_REPLAYED');
    // Released: another proxy activates with the key.
    expect((await waiting.activate({ key: world.subscription.key, ...site(5) })).status).toBe('active');
  });
});
