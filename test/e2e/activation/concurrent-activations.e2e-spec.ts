import { describe, expect, it } from '@jest/globals';
import { InstallationEntity, LicenseBreachEntity, OutboxEventEntity } from '#database';
import { ProxyApiError } from '../../../tools/proxy-agent/src/index.js';
import { useHarness } from '../../support/suite.js';
import { createWorld, site, useAgents } from './activation-fixtures.js';

describe('concurrency on the hot path', () => {
  const h = useHarness({ services: ['activation'] });
  const agents = useAgents(h);

  it('ten concurrent activations of one key: exactly one wins, the others get 409 KEY_IN_USE', async () => {
    const world = await createWorld(h, { quantity: 10 });
    const contenders = Array.from({ length: 10 }, () => agents.create());
    // Signing keys fetched first, so the ten requests leave together.
    await Promise.all(contenders.map((a) => a.fetchSigningKeys()));
    const outcomes = await Promise.allSettled(contenders.map((a, i) => a.activate({ key: world.subscription.key, ...site(i + 1) })));
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(9);
    for (const o of lost) {
      expect(o.reason).toBeInstanceOf(ProxyApiError);
      expect([(o.reason as ProxyApiError).status, (o.reason as ProxyApiError).code]).toEqual([409, 'KEY_IN_USE']);
    }
    expect(await h.db.getRepository(InstallationEntity).countBy({ licenseKeyId: world.subscription.primaryKey.id, status: 'active' })).toBe(1);
  });

  it('concurrent over-limit reports of one installation open one breach and one event', async () => {
    const world = await createWorld(h, { quantity: 5 });
    const agent = agents.create();
    await agent.activate({ key: world.subscription.key, ...site(20) });
    const auth = { authorization: `Proxy ${agent.state.credential}` };
    const now = Date.now();
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        h.activation
          .post('/proxy/v1/usage-reports')
          .set(auth)
          .send({ reportId: `burst-${i}`, managedComputers: 9, peakComputers: 9, appVersion: '6.0.0.74', reportedAt: new Date(now - i * 1000).toISOString() }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(await h.db.getRepository(LicenseBreachEntity).countBy({ installationId: agent.state.installationId })).toBe(1);
    const events = await h.db.getRepository(OutboxEventEntity).findBy({ type: 'installation.license-limit-exceeded' });
    expect(events.filter((e) => e.payload.installationId === agent.state.installationId)).toHaveLength(1);
  });

  it('concurrent reports, over and under the limit, leave the figures of the latest measured and its breach state', async () => {
    const world = await createWorld(h, { quantity: 5 });
    const agent = agents.create();
    await agent.activate({ key: world.subscription.key, ...site(22) });
    const auth = { authorization: `Proxy ${agent.state.credential}` };
    const now = Date.now();
    // The latest measured (i = 0) is under the limit; the seven before it are over.
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        h.activation
          .post('/proxy/v1/usage-reports')
          .set(auth)
          .send({ reportId: `mixed-${i}`, managedComputers: i === 0 ? 2 : 9, peakComputers: 9, appVersion: `6.0.0.${i}`, reportedAt: new Date(now - i * 1000).toISOString() }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(201));
    const [installation] = await h.db.query(`SELECT managed_computers, app_version FROM installations WHERE id = $1`, [agent.state.installationId]);
    expect(installation).toEqual({ managed_computers: 2, app_version: '6.0.0.0' });
    const open = await h.db.query(`SELECT id FROM license_breaches WHERE installation_id = $1 AND resolved_at IS NULL`, [agent.state.installationId]);
    expect(open).toEqual([]);
  });

  it('the same report sent concurrently is stored once', async () => {
    const world = await createWorld(h, { quantity: 5 });
    const agent = agents.create();
    await agent.activate({ key: world.subscription.key, ...site(21) });
    const body = { reportId: 'same', managedComputers: 3, peakComputers: 4, appVersion: '6.0.0.74', reportedAt: new Date().toISOString() };
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => h.activation.post('/proxy/v1/usage-reports').set({ authorization: `Proxy ${agent.state.credential}` }).send(body)),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(responses.filter((r) => r.body.duplicate === false)).toHaveLength(1);
    const rows: Array<{ count: string }> = await h.db.query(`SELECT count(*) FROM usage_reports WHERE installation_id = $1`, [agent.state.installationId]);
    expect(Number(rows[0]?.count)).toBe(1);
  });
});
