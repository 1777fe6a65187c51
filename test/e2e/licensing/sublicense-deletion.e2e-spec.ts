import { describe, expect, it } from '@jest/globals';
import { InstallationEntity, LicenseBreachEntity } from '#database';
import { useHarness } from '../../support/suite.js';
import { createWorld, site, useAgents } from '../activation/activation-fixtures.js';
import { auth } from './licensing-support.js';

/** Licensing's sublicense deletion deactivates through the same routine as every other deactivation. */
describe('deleting a sublicense deactivates its installation like any deactivation', () => {
  const h = useHarness({ services: ['licensing', 'activation'] });
  const agents = useAgents(h);

  it('closes the open license breach of the installation and records the typed reason', async () => {
    const world = await createWorld(h, { quantity: 10 });
    const base = `/accounts/${world.accountId}/subscriptions/${world.subscription.subscription.id}/sublicenses`;
    const created = await h.licensing.post(base).set(auth(world.admin)).send({ name: 'Branch office', quota: 3 });
    expect(created.status).toBe(201);

    const agent = agents.create();
    await agent.activate({ key: created.body.key, ...site(3) });
    expect(await agent.report({ managed: 5, peak: 5 })).toMatchObject({ overLimit: true, quota: 3 });
    const installationId = agent.state.installationId;
    const breaches = () => h.db.getRepository(LicenseBreachEntity).findBy({ installationId });
    expect(await breaches()).toEqual([expect.objectContaining({ quota: 3, managedComputers: 5, resolvedAt: null })]);

    expect((await h.licensing.delete(`${base}/${created.body.id}`).set(auth(world.admin))).status).toBe(204);

    expect(await breaches()).toEqual([expect.objectContaining({ resolvedAt: expect.any(Date) })]);
    expect(await h.db.getRepository(InstallationEntity).findOneByOrFail({ id: installationId })).toMatchObject({
      status: 'deactivated',
      deactivationReason: 'sublicense-deleted',
      deactivatedAt: expect.any(Date),
    });
    expect(await agent.refresh()).toMatchObject({ status: 'deactivated', licenseKey: null });
  });
});
