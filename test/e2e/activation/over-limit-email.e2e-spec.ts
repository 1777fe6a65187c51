import { beforeAll, describe, expect, it } from '@jest/globals';
import { LicenseBreachEntity } from '#database';
import { addMember, createUser, type TestUser } from '../../support/factories.js';
import { useHarness } from '../../support/suite.js';
import { createWorld, site, useAgents, type ActivationWorld } from './activation-fixtures.js';

describe('license limit exceeded: the admins are emailed once per breach', () => {
  const h = useHarness({ services: ['activation', 'notification'] });
  const agents = useAgents(h);
  let world: ActivationWorld;
  let secondAdmin: TestUser;

  beforeAll(async () => {
    world = await createWorld(h, { quantity: 10, companyName: 'Globex Ltd' });
    secondAdmin = await createUser(h.db);
    await addMember(h.db, world.accountId, secondAdmin, 'admin');
  });

  const limitEmails = (to: string) => h.smtp.to(to).filter((m) => m.subject.includes('license limit exceeded'));

  it('opens a breach on the first report over quota, emails every active admin (not members), and says so to the proxy', async () => {
    const agent = agents.create();
    await agent.activate({ key: world.subscription.key, ...site(7) });

    const first = await agent.report({ managed: 12, peak: 12 });
    expect(first).toMatchObject({ overLimit: true, quota: 10 });
    const email = await h.smtp.waitFor((m) => m.to.includes(world.admin.email) && m.subject.includes('license limit exceeded'));
    expect(email.subject).toContain('sccm-proxy-7.corp.example');
    expect(email.text).toContain('Globex Ltd');
    expect(email.text).toContain(world.supportCode);
    expect(email.text).toContain('12');
    await h.smtp.waitFor((m) => m.to.includes(secondAdmin.email) && m.subject.includes('license limit exceeded'));
    expect((await agent.refresh()).status).toBe('over_limit');
    await expect(agent.enrollmentCheck()).rejects.toMatchObject({ code: 'LICENSE_LIMIT_REACHED' });

    // Still over the limit: recorded, no new breach, no new email.
    await agent.report({ managed: 13, peak: 14 });
    // Back within the quota: the breach is resolved.
    expect(await agent.report({ managed: 8, peak: 13 })).toMatchObject({ overLimit: false });
    expect((await agent.refresh()).status).toBe('active');
    const breaches = await h.db.getRepository(LicenseBreachEntity).find({ where: { installationId: agent.state.installationId }, order: { startedAt: 'ASC' } });
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({ quota: 10, managedComputers: 12 });
    expect(breaches[0]?.resolvedAt).not.toBeNull();

    // Over again: a new breach, a new email.
    await agent.report({ managed: 11, peak: 11 });
    await h.smtp.waitFor((m) => m.to.includes(world.admin.email) && m.subject.includes('license limit exceeded') && m.text.includes('reported 11'));
    await h.smtp.waitFor((m) => m.to.includes(secondAdmin.email) && m.text.includes('reported 11'));
    expect(limitEmails(world.admin.email)).toHaveLength(2);
    expect(limitEmails(secondAdmin.email)).toHaveLength(2);
    expect(limitEmails(world.member.email)).toHaveLength(0);
    expect(await h.db.getRepository(LicenseBreachEntity).countBy({ installationId: agent.state.installationId })).toBe(2);
  });
});
