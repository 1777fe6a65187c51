import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DomainError } from '#common';
import { createDataSource, LicenseBreachEntity, OutboxEventEntity } from '#database';
import { IsNull, type DataSource } from 'typeorm';
import { MAX_BATCHES_IN_FLIGHT, UsageReportsService } from '../../../apps/activation/src/usage/usage-reports.service.js';
import { createSubscription } from '../../support/factories.js';
import { useHarness } from '../../support/suite.js';
import { createWorld, site, useAgents } from './activation-fixtures.js';

/**
 * Online usage reports are batched: while MAX_BATCHES_IN_FLIGHT statements run, the reports that
 * arrive wait and go together in one statement (one commit). Here the service is driven directly, so
 * that the reports arrive in one tick and the batches are known: the first MAX_BATCHES_IN_FLIGHT go
 * alone, the rest as one batch.
 * (The HTTP race suites, concurrent-activations, go through the same batching.)
 */
const ALONE = MAX_BATCHES_IN_FLIGHT;

describe('usage reports arriving together', () => {
  const h = useHarness({ services: ['activation'] });
  const agents = useAgents(h);
  let db: DataSource;
  let service: UsageReportsService;
  let installations: string[];

  beforeAll(async () => {
    // A pool like the service's, so that MAX_BATCHES_IN_FLIGHT statements can run at once.
    db = createDataSource({ url: h.env.DATABASE_URL as string, poolSize: 10, applicationName: 'e2e-usage-batches' });
    await db.initialize();
    service = new UsageReportsService(db);
    const world = await createWorld(h, { quantity: 10 });
    installations = [];
    for (let i = 0; i < 12; i++) {
      const subscription = i === 0 ? world.subscription : await createSubscription(h.db, { accountId: world.accountId, quantity: 10 });
      const agent = agents.create();
      await agent.activate({ key: subscription.key, ...site(100 + i) });
      installations.push(agent.state.installationId as string);
    }
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const figures = (managed: number, reportId: string = randomUUID(), reportedAt = new Date(Date.now() - 60_000).toISOString()) => ({
    reportId,
    managedComputers: managed,
    peakComputers: managed + 1,
    appVersion: '6.0.0.90',
    reportedAt,
  });

  it('share one commit and are each answered as alone: duplicates, a reused id, one breach per installation', async () => {
    const [a, b, c] = installations as [string, string, string];
    const duplicate = figures(3);
    const reused = figures(4);
    const calls = [
      // The first ones go alone: they run while the rest wait for a batch.
      ...installations.slice(3, 3 + ALONE).map((id) => service.report(id, figures(5))),
      // One batch: the same report twice, an id reused with other figures, two reports over the quota of one installation.
      service.report(a, duplicate),
      service.report(a, duplicate),
      service.report(b, reused),
      service.report(b, { ...reused, managedComputers: 6, peakComputers: 7 }),
      service.report(c, figures(12, randomUUID(), new Date(Date.now() - 120_000).toISOString())),
      service.report(c, figures(13)),
      ...installations.slice(3 + ALONE).map((id) => service.report(id, figures(2))),
    ];
    const batch = ALONE; // where the batch starts in `calls`
    const outcomes = await Promise.allSettled(calls);

    const answers = outcomes.map((o) => (o.status === 'fulfilled' ? o.value : undefined));
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(1);
    const refused = outcomes[batch + 3] as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(DomainError);
    expect((refused.reason as DomainError).code).toBe('REPORT_ID_REUSED');
    expect(answers[batch]).toMatchObject({ reportId: duplicate.reportId, duplicate: false });
    expect(answers[batch + 1]).toMatchObject({ reportId: duplicate.reportId, duplicate: true });
    expect(answers[batch + 2]).toMatchObject({ reportId: reused.reportId, managedComputers: 4, duplicate: false });
    expect(answers[batch + 4]).toMatchObject({ overLimit: true, quota: 10 });
    expect(answers[batch + 5]).toMatchObject({ overLimit: true, managedComputers: 13 });

    // Stored once each; the later-measured report of c is the one applied; one breach, one event.
    const stored: Array<{ installation_id: string; n: string }> = await h.db.query(
      `SELECT installation_id, count(*) AS n FROM usage_reports WHERE installation_id = ANY($1) AND app_version = '6.0.0.90' GROUP BY installation_id`,
      [installations],
    );
    const count = (id: string) => Number(stored.find((r) => r.installation_id === id)?.n ?? 0);
    expect([count(a), count(b), count(c)]).toEqual([1, 1, 2]);
    expect(installations.slice(3).map(count)).toEqual(Array(9).fill(1));
    const [figuresOfC]: Array<{ managed_computers: number }> = await h.db.query(`SELECT managed_computers FROM installations WHERE id = $1`, [c]);
    expect(figuresOfC?.managed_computers).toBe(13);
    expect(await h.db.getRepository(LicenseBreachEntity).countBy({ installationId: c })).toBe(1);
    const events = await h.db.getRepository(OutboxEventEntity).findBy({ type: 'installation.license-limit-exceeded' });
    expect(events.filter((e) => e.payload.installationId === c)).toHaveLength(1);

    // The batch was one transaction: its reports were received at one time (the transaction's), the ones before it each at its own.
    const times: Array<{ installation_id: string; received_at: Date }> = await h.db.query(
      `SELECT installation_id, received_at FROM usage_reports WHERE installation_id = ANY($1) AND app_version = '6.0.0.90'`,
      [installations],
    );
    const aloneIds = installations.slice(3, 3 + ALONE);
    const batched = times.filter((t) => !aloneIds.includes(t.installation_id));
    expect(new Set(batched.map((t) => t.received_at.getTime())).size).toBe(1);
    const alone = times.filter((t) => aloneIds.includes(t.installation_id));
    expect(alone).toHaveLength(ALONE);
  });

  it('answer in a batch what they would answer alone: unknown and deactivated servers, a late report, a breach closing', async () => {
    // Each installation once in the batch: all of them go through its set-based statement.
    const world = await createWorld(h, { quantity: 10 });
    const servers: string[] = [];
    for (let i = 0; i < 3; i++) {
      const subscription = i === 0 ? world.subscription : await createSubscription(h.db, { accountId: world.accountId, quantity: 10 });
      const created = agents.create();
      await created.activate({ key: subscription.key, ...site(300 + i) });
      servers.push(created.state.installationId as string);
      if (i === 2) await created.deactivate();
    }
    const [late, closing, deactivated] = servers as [string, string, string];
    await service.report(late, figures(7));
    await service.report(closing, figures(12));
    const openBreaches = () => h.db.getRepository(LicenseBreachEntity).countBy({ installationId: closing, resolvedAt: IsNull() });
    expect(await openBreaches()).toBe(1);

    const calls = [
      ...installations.slice(0, ALONE).map((id) => service.report(id, figures(1))),
      service.report(randomUUID(), figures(1)),
      service.report(deactivated, figures(1)),
      service.report(late, figures(30, randomUUID(), new Date(Date.now() - 2 * 86_400_000).toISOString())),
      service.report(closing, figures(3)),
    ];
    const outcomes = await Promise.allSettled(calls);
    const codeOf = (o: PromiseSettledResult<unknown> | undefined) => (o?.status === 'rejected' ? (o.reason as DomainError).code : undefined);
    expect(codeOf(outcomes[ALONE])).toBe('INSTALLATION_NOT_FOUND');
    expect(codeOf(outcomes[ALONE + 1])).toBe('INSTALLATION_DEACTIVATED');
    expect(outcomes[ALONE + 2]).toMatchObject({ status: 'fulfilled', value: { managedComputers: 30, overLimit: true, duplicate: false } });
    expect(outcomes[ALONE + 3]).toMatchObject({ status: 'fulfilled', value: { managedComputers: 3, overLimit: false, duplicate: false } });

    // The late report joined the history only: the server still shows 7 computers and no breach opened.
    const [lateRow]: Array<{ managed_computers: number }> = await h.db.query(`SELECT managed_computers FROM installations WHERE id = $1`, [late]);
    expect(lateRow?.managed_computers).toBe(7);
    expect(await h.db.getRepository(LicenseBreachEntity).countBy({ installationId: late })).toBe(0);
    // The report back under the quota closed the breach; nothing was stored for the deactivated server.
    expect(await openBreaches()).toBe(0);
    const [deactivatedRows]: Array<{ n: string }> = await h.db.query(`SELECT count(*) AS n FROM usage_reports WHERE installation_id = $1`, [deactivated]);
    expect(Number(deactivatedRows?.n)).toBe(0);
  });

  it('a batch that fails as a whole is run again report by report: only the failing report fails', async () => {
    await h.db.query(`
      CREATE FUNCTION fault_refuse_report() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.report_id = 'refused-by-the-database' THEN RAISE EXCEPTION 'refused for the test'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER fault_refuse_report BEFORE INSERT ON usage_reports FOR EACH ROW EXECUTE FUNCTION fault_refuse_report();`);
    try {
      const ids = installations.slice(0, ALONE + 4);
      const calls = [
        ...ids.slice(0, ALONE).map((id) => service.report(id, figures(1))),
        // One batch of four, one of which the database refuses.
        service.report(ids[ALONE] as string, figures(1)),
        service.report(ids[ALONE + 1] as string, figures(1, 'refused-by-the-database')),
        service.report(ids[ALONE + 2] as string, figures(1)),
        service.report(ids[ALONE + 3] as string, figures(1)),
      ];
      const outcomes = await Promise.allSettled(calls);
      expect(outcomes.map((o) => o.status)).toEqual([...Array<string>(ALONE + 1).fill('fulfilled'), 'rejected', 'fulfilled', 'fulfilled']);
      const [row]: Array<{ n: string }> = await h.db.query(`SELECT count(*) AS n FROM usage_reports WHERE report_id = 'refused-by-the-database'`);
      expect(Number(row?.n)).toBe(0);
      for (const outcome of outcomes.filter((o) => o.status === 'fulfilled')) {
        expect((outcome as PromiseFulfilledResult<{ duplicate: boolean }>).value.duplicate).toBe(false);
      }
    } finally {
      await h.db.query(`DROP TRIGGER fault_refuse_report ON usage_reports; DROP FUNCTION fault_refuse_report();`);
    }
  });
});
