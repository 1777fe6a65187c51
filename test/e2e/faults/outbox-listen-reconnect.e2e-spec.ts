import { beforeAll, describe, expect, it } from '@jest/globals';
import { eventually } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { withAdmin } from '../../support/postgres.js';

/** The outbox relay's LISTEN connection comes back after Postgres dropped it (as a restart does). */
describe('outbox relay LISTEN after a dropped connection', () => {
  const h = useHarness({ services: ['identity'] });
  let database = '';

  beforeAll(async () => {
    database = new URL(h.env.DATABASE_URL ?? '').pathname.slice(1);
  });

  const listeners = () =>
    withAdmin(async (client) => {
      const { rows } = await client.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = 'outbox-relay' AND query ILIKE 'LISTEN%'`,
        [database],
      );
      return rows.map((r) => r.pid);
    });

  it('reconnects and LISTENs again', async () => {
    const before = await eventually(async () => ((await listeners()).length > 0 ? listeners() : undefined), 10_000, 'a listener');
    await withAdmin((client) => client.query(`SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid`, [before]));
    const after = await eventually(async () => {
      const pids = await listeners();
      return pids.length > 0 && pids.every((p) => !before.includes(p)) ? pids : undefined;
    }, 15_000, 'a new listener');
    expect(after.length).toBeGreaterThan(0);
  });
});
