import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { QueryRunner } from 'typeorm';
import { buildNamedService, eventually } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { Scrape } from '../../support/metrics.js';
import { signUp } from './identity-helpers.js';

/**
 * Two identity replicas with the cleanup scheduled every second. The suite holds a row lock on an
 * expired session, so the replica whose pass got the advisory lock stays inside its DELETE: while it
 * does, the other replica's ticks find the lock taken and skip, and only one pass is at work.
 */
describe('identity: one replica at a time runs the scheduled cleanup', () => {
  let second: NestFastifyApplication;
  let urls: string[];
  let holder: QueryRunner | undefined;

  // Before the harness's own teardown: the lock and the second replica go first.
  afterAll(async () => {
    await holder?.rollbackTransaction().catch(() => undefined);
    await holder?.release();
    await second?.close();
  });
  const h = useHarness({ services: ['identity'], env: { CLEANUP_INTERVAL_SECONDS: '1' } });
  beforeAll(async () => {
    second = await buildNamedService('identity', h.env, 0);
    await second.listen({ port: 0, host: '127.0.0.1' });
    urls = [h.service('identity').url, `http://127.0.0.1:${(second.getHttpServer().address() as { port: number }).port}`];
  });

  const passes = async () =>
    Promise.all(
      urls.map(async (url) => {
        const scrape = await Scrape.of(url);
        const outcome = (o: string) => scrape.value('cleanup_passes_total', { outcome: o }) ?? 0;
        return { ran: outcome('ran'), skipped: outcome('skipped'), busy: outcome('busy'), failed: outcome('failed') };
      }),
    );
  const cleanupsAtWork = async () =>
    (
      (await h.db.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'identity' AND query LIKE '%DELETE FROM sessions%' AND state = 'active'`,
      )) as Array<{ n: number }>
    )[0]!.n;

  it('skips on the other replica while one pass holds the lock, and the pass finishes once', async () => {
    // Both replicas run their passes while nothing is in the way.
    await eventually(async () => ((await passes()).every((p) => p.ran >= 1) ? true : undefined), 15_000, 'a pass on each replica');

    const expired = await signUp(h);
    await h.db.query(`UPDATE sessions SET expires_at = now() - interval '8 days' WHERE id = $1`, [expired.sessionId]);
    holder = h.db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query(`SELECT 1 FROM sessions WHERE id = $1 FOR UPDATE`, [expired.sessionId]);

    // One pass takes the advisory lock and waits on the row inside its DELETE.
    await eventually(async () => ((await cleanupsAtWork()) === 1 ? true : undefined), 15_000, 'a pass blocked on the locked row');
    const start = await passes();
    const settled = await eventually(
      async () => {
        const now = await passes();
        // The holder's own ticks are busy; the other replica's ticks skip, at least twice.
        const grew = now.map((p, i) => ({ busy: p.busy - start[i]!.busy, skipped: p.skipped - start[i]!.skipped, ran: p.ran - start[i]!.ran }));
        return grew.some((g) => g.busy >= 2) && grew.some((g) => g.skipped >= 2) ? grew : undefined;
      },
      30_000,
      'ticks skipped on the other replica',
    );
    const holderIndex = settled.findIndex((g) => g.busy >= 2);
    const other = settled[1 - holderIndex]!;
    expect(other.skipped).toBeGreaterThanOrEqual(2);
    expect(other.busy).toBe(0);
    // Nobody finished a pass meanwhile, and still one pass at work.
    expect(settled.map((g) => g.ran)).toEqual([0, 0]);
    expect(await cleanupsAtWork()).toBe(1);

    await holder.rollbackTransaction();
    await holder.release();
    holder = undefined;
    await eventually(async () => (((await h.db.query(`SELECT 1 FROM sessions WHERE id = $1`, [expired.sessionId])) as unknown[]).length === 0 ? true : undefined), 15_000, 'the session deleted');
    await eventually(async () => ((await passes())[holderIndex]!.ran > start[holderIndex]!.ran ? true : undefined), 15_000, 'the blocked pass finished');
    expect((await passes()).map((p) => p.failed)).toEqual([0, 0]);
  });
});
