import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { appendEvent } from '#messaging';
import { createOperator, type TestUser } from '../../support/factories.js';
import { eventually } from '../../support/harness.js';
import { eventJobsCompleted } from '../../support/settled.js';
import { useHarness } from '../../support/suite.js';
import { OwnPostgres } from '../../support/own-postgres.js';

const EMAILS = 150;

/**
 * The suite's own Postgres cluster (never the shared server) is restarted (`pg_ctl stop -m fast`,
 * then start) while the notification service is sending a batch of emails. Meanwhile requests
 * answer 503 DATABASE_UNAVAILABLE with Retry-After; afterwards everything recovers by itself, and
 * counted per recipient at the SMTP server every email arrived exactly once.
 */
describe('Postgres restarted under load', () => {
  let postgres: OwnPostgres | undefined;
  let databaseUrl = '';
  let operator: TestUser;

  beforeAll(async () => {
    postgres = await OwnPostgres.create();
    databaseUrl = await postgres.createDatabase('lic_restart');
    execFileSync(process.execPath, ['dist/scripts/migrate.js', 'run'], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'ignore', 'inherit'] });
  }, 120_000);
  const h = useHarness(() => ({ services: ['identity', 'notification'], databaseUrl }));
  beforeAll(async () => {
    operator = await createOperator(h.db);
  });
  afterAll(async () => {
    await postgres?.destroy();
  });

  /** A query of the test's own that may meet the restart: undefined instead of an error. */
  const query = <T>(sql: string, params: unknown[]): Promise<T[] | undefined> => h.db.query(sql, params).catch(() => undefined);

  /** The outbox relays' LISTEN connections (one per service), as Postgres sees them. */
  const listeners = async () =>
    (await query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'outbox-relay' AND query ILIKE 'LISTEN%'`, []))?.[0]?.n ?? 0;

  it('answers 503 while it is away, recovers, and sends every email exactly once', async () => {
    const list = () => h.identity.get('/operator/users').set('authorization', `Bearer ${operator.token}`);
    await list().expect(200);
    const relays = await eventually(async () => ((await listeners()) >= 2 ? listeners() : undefined), 10_000, 'both relays listening');
    const recipients = Array.from({ length: EMAILS }, (_, i) => `restart.${i}.${randomUUID().slice(0, 8)}@example.com`);
    const eventIds = await h.db.transaction(async (manager) => {
      const ids: string[] = [];
      for (const email of recipients) {
        ids.push(await appendEvent(manager, { type: 'user.registered', payload: { userId: randomUUID(), email, firstName: 'Re', lastName: 'Start' } }));
      }
      return ids;
    });
    // Each message takes a moment at the server, so that sends are in progress when Postgres goes.
    h.smtp.slow(20);
    await eventually(() => (h.smtp.received.length >= 30 ? true : undefined), 60_000, 'the batch being sent');

    // Messages whose data has reached the server wait for its answer while Postgres stops; then they
    // are accepted while it is away, so recording `sent` fails first and must succeed later.
    h.smtp.hold();
    await eventually(() => (h.smtp.held > 0 ? true : undefined), 20_000, 'a message waiting for its answer');
    await postgres!.stop();
    const receivedAtStop = h.smtp.received.length;
    const held = h.smtp.held;
    h.smtp.release();
    let receivedWhileDown: number | undefined;
    try {
      expect(receivedAtStop).toBeLessThan(EMAILS);
      const down = await list().expect(503);
      expect(down.body).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE' });
      expect(down.headers['retry-after']).toBe('5');
      const signIn = await h.identity.post('/auth/sign-in').send({ email: operator.email, password: 'whatever-123' }).expect(503);
      expect(signIn.body.code).toBe('DATABASE_UNAVAILABLE');
      await eventually(() => (h.smtp.received.length >= receivedAtStop + held ? true : undefined), 20_000, 'the held messages accepted');
    } finally {
      receivedWhileDown = h.smtp.received.length - receivedAtStop;
      await postgres!.start();
    }
    expect(receivedWhileDown).toBeGreaterThan(0);
    await eventually(async () => ((await list()).status === 200 ? true : undefined), 30_000, 'the service answers again');
    // The restart ended every connection: the relays LISTEN again rather than fall back to polling for good.
    await eventually(async () => ((await listeners()) >= relays ? true : undefined), 30_000, 'the relays listening again');

    await eventually(async () => {
      const rows = await query<{ status: string; consumed: boolean }>(
        `SELECT d.status, o.consumed_at IS NOT NULL AS consumed FROM outbox_events o LEFT JOIN email_deliveries d ON d.event_id = o.id WHERE o.id = ANY($1::uuid[])`,
        [eventIds],
      );
      return rows && rows.length === EMAILS && rows.every((r) => r.status === 'sent' && r.consumed) ? true : undefined;
    }, 120_000, 'every email sent and every event consumed');
    // Barrier: every event's job completed, so no retry is pending that could still send.
    await eventJobsCompleted(h, eventIds);
    for (const email of recipients) expect(h.smtp.to(email)).toHaveLength(1);
    expect(h.smtp.received).toHaveLength(EMAILS);
    process.stderr.write(`Postgres stopped after ${receivedAtStop} of ${EMAILS} emails (${receivedWhileDown} accepted while it was away); each arrived once\n`);
  }, 240_000);
});
