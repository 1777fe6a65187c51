import { describe, expect, it } from '@jest/globals';
import { deactivateInstallations, InstallationEntity, LicenseKeyEntity, SubscriptionEntity } from '#database';
import { createSublicense, daysFromNow } from '../../support/factories.js';
import { useHarness } from '../../support/suite.js';
import { createWorld, site, useAgents } from './activation-fixtures.js';

/**
 * Changes licensing makes to keys and subscriptions, seen by proxies at their next refresh. The
 * changes are written here the way licensing's transactions write them (licensing is another
 * service); its API can drive these flows once it lands.
 */
describe('license changes seen at refresh', () => {
  const h = useHarness({ services: ['activation'] });
  const agents = useAgents(h);

  it('an upgrade (more licenses) shows at the next refresh, with a new signed document', async () => {
    const world = await createWorld(h, { quantity: 10 });
    const agent = agents.create();
    await agent.activate({ key: world.subscription.key, ...site(1) });
    await agent.report({ managed: 10 });
    await expect(agent.enrollmentCheck()).rejects.toMatchObject({ code: 'LICENSE_LIMIT_REACHED' });

    await h.db.transaction(async (m) => {
      await m.update(SubscriptionEntity, { id: world.subscription.subscription.id }, { quantity: 15 });
      await m.update(LicenseKeyEntity, { id: world.subscription.primaryKey.id }, { quota: 15 });
    });

    const before = agent.state.license?.signature;
    const payload = await agent.refresh();
    expect(payload).toMatchObject({ status: 'active', quota: 15, used: 10, vacant: 5 });
    expect(agent.state.license?.signature).not.toBe(before);
    expect(await agent.enrollmentCheck()).toMatchObject({ allowed: true, vacant: 5 });
  });

  it('a renewal moves the end date and the offline validity; an expired key is reported expired', async () => {
    const world = await createWorld(h, { quantity: 5, endsOn: daysFromNow(10) });
    const agent = agents.create();
    const first = await agent.activate({ key: world.subscription.key, ...site(2) });
    // Trusted offline only until the key ends (10 days), not 30.
    expect(Date.parse(first.validUntil)).toBeLessThanOrEqual(Date.parse(`${daysFromNow(11)}T00:00:00Z`));

    await h.db.manager.update(SubscriptionEntity, { id: world.subscription.subscription.id }, { endsOn: daysFromNow(400) });
    const renewed = await agent.refresh();
    expect(renewed.endsOn).toBe(daysFromNow(400));
    expect(Date.parse(renewed.validUntil)).toBeGreaterThan(Date.now() + 29 * 86_400_000);

    await h.db.manager.update(SubscriptionEntity, { id: world.subscription.subscription.id }, { endsOn: daysFromNow(-1) });
    const expired = await agent.refresh();
    expect(expired.status).toBe('expired');
    expect(agent.license()?.trusted).toBe(false);
    await expect(agent.enrollmentCheck()).rejects.toMatchObject({ status: 403, code: 'LICENSE_EXPIRED' });
  });

  it('a suspended or cancelled subscription is reported as such', async () => {
    const world = await createWorld(h, { quantity: 5 });
    const agent = agents.create();
    await agent.activate({ key: world.subscription.key, ...site(3) });
    await h.db.manager.update(SubscriptionEntity, { id: world.subscription.subscription.id }, { status: 'suspended' });
    expect((await agent.refresh()).status).toBe('suspended');
    await h.db.manager.update(SubscriptionEntity, { id: world.subscription.subscription.id }, { status: 'cancelled' });
    expect((await agent.refresh()).status).toBe('cancelled');
    // Such a key activates nothing new (checked before whether it is in use).
    await expect(agents.create().activate({ key: world.subscription.key, ...site(4) })).rejects.toMatchObject({ status: 403, code: 'LICENSE_CANCELLED' });
  });

  it('a sublicense has its own quota and expiry; its deletion deactivates the installation, seen at refresh', async () => {
    const world = await createWorld(h, { quantity: 20 });
    const sub = await createSublicense(h.db, world.subscription, { quota: 6, expiresOn: daysFromNow(60) });
    const agent = agents.create();
    const payload = await agent.activate({ key: sub.key, ...site(5) });
    expect(payload).toMatchObject({ keyKind: 'reserved', quota: 6, endsOn: daysFromNow(60), status: 'active' });

    // What licensing's "delete sublicense" transaction does: deactivate its installation, delete the key.
    await h.db.transaction(async (m) => {
      const installation = await m.findOneByOrFail(InstallationEntity, { licenseKeyId: sub.entity.id, status: 'active' });
      await deactivateInstallations(m, { accountId: world.accountId, installationIds: [installation.id], reason: 'sublicense-deleted', revokeCredential: false });
      await m.delete(LicenseKeyEntity, { id: sub.entity.id });
      await m.increment(LicenseKeyEntity, { id: world.subscription.primaryKey.id }, 'quota', 6);
    });

    // The credential still works for refresh, which tells the proxy it is deactivated.
    const refreshed = await agent.refresh();
    expect(refreshed).toMatchObject({ status: 'deactivated', licenseKey: null, quota: 0 });
    expect(agent.license()?.trusted).toBe(false);
    expect(agent.state.deactivatedAt).toBeDefined();
    // Everything else is refused.
    await expect(agent.report({ managed: 1 })).rejects.toMatchObject({ status: 403, code: 'INSTALLATION_DEACTIVATED' });
    await expect(agent.enrollmentCheck()).rejects.toMatchObject({ status: 403, code: 'INSTALLATION_DEACTIVATED' });
  });
});
