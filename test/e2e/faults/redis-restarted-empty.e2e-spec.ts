import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { QUEUES } from '#messaging';
import { EXPIRY_REMINDER_SCHEDULER } from '../../../apps/notification/src/reminders/reminder.scheduler.js';
import { createOperator, type TestUser } from '../../support/factories.js';
import { eventually } from '../../support/harness.js';
import { withQueue } from '../../support/settled.js';
import { useHarness } from '../../support/suite.js';
import { emitEvent } from '../notification/fixtures.js';

/**
 * The suite's own redis-server (no persistence) is restarted, and flushed: what it held is gone.
 * Postgres knows what is not done: events published but not consumed, deliveries waiting for a
 * retry. Each is enqueued again under its stable job id and delivered exactly once, counted per
 * recipient at the SMTP server; the expiry-reminder schedule comes back by itself.
 */
describe('Redis restarted empty', () => {
  const h = useHarness({
    services: ['identity'],
    ownRedis: true,
    env: {
      NOTIFICATION_RECONCILE_MS: '1000',
      NOTIFICATION_RECONCILE_GRACE_MS: '500',
      REMINDER_ENSURE_MS: '1000',
      REMINDER_INTERVAL_MS: '1000',
      // A failed attempt waits ten minutes in Redis: only the reconciliation can bring it back in time.
      NOTIFICATION_BACKOFF_MS: '600000',
    },
  });
  let operator: TestUser;

  beforeAll(async () => {
    operator = await createOperator(h.db);
  });

  const jobStates = (ids: string[]) => withQueue(h, QUEUES.notification, (q) => Promise.all(ids.map((id) => q.getJobState(id))));
  const restartRedis = async () => {
    const client = new Redis(h.redis!.url, { maxRetriesPerRequest: null });
    try {
      await client.set('restart-marker', '1');
      await h.redis!.stop();
      await h.redis!.start();
      expect(await client.get('restart-marker')).toBeNull();
    } finally {
      client.disconnect();
    }
  };
  const welcome = (email: string) => emitEvent(h.db, { type: 'user.registered', payload: { userId: randomUUID(), email, firstName: 'Red', lastName: 'Is' } });
  const recipients = (n: number, label: string) => Array.from({ length: n }, (_, i) => `${label}.${i}.${randomUUID().slice(0, 8)}@example.com`);

  /** Every event consumed, every job of theirs completed: nothing is left that could still send. */
  const settled = async (eventIds: string[], jobIds: string[] = eventIds) => {
    await eventually(async () => {
      const rows: Array<{ consumed_at: Date | null }> = await h.db.query(`SELECT consumed_at FROM outbox_events WHERE id = ANY($1::uuid[])`, [eventIds]);
      return rows.length === eventIds.length && rows.every((r) => r.consumed_at) ? true : undefined;
    }, 30_000, 'every event consumed');
    await eventually(async () => ((await jobStates(jobIds)).every((s) => s === 'completed') ? true : undefined), 30_000, 'every job completed');
  };

  it('delivers, once each, the events relayed to BullMQ that no worker had taken', async () => {
    // Only identity runs: its relay publishes, nothing consumes.
    const emails = recipients(5, 'relayed');
    const eventIds: string[] = [];
    for (const email of emails) eventIds.push(await welcome(email));
    await eventually(async () => {
      const rows: Array<{ published_at: Date | null }> = await h.db.query(`SELECT published_at FROM outbox_events WHERE id = ANY($1::uuid[])`, [eventIds]);
      return rows.every((r) => r.published_at) ? true : undefined;
    }, 20_000, 'every event published');
    expect(await jobStates(eventIds)).toEqual(eventIds.map(() => 'waiting'));

    await restartRedis();
    expect(await jobStates(eventIds)).toEqual(eventIds.map(() => 'unknown'));

    await h.startService('notification');
    await settled(eventIds);
    for (const email of emails) expect(h.smtp.to(email)).toHaveLength(1);
  }, 90_000);

  it('delivers, once each, the event jobs and the operator retry that waited in BullMQ for a retry', async () => {
    if (!h.services.has('notification')) await h.startService('notification');
    // A delivery refused for good (550) is dead at once; its event is finished.
    const deadEmail = recipients(1, 'dead')[0]!;
    h.smtp.refuse('always');
    const deadEventId = await welcome(deadEmail);
    const dead = await eventually(async () => {
      const [row] = await h.db.query(`SELECT id, status FROM email_deliveries WHERE event_id = $1`, [deadEventId]);
      return row?.status === 'dead' ? (row as { id: string }) : undefined;
    }, 20_000, 'the refused delivery dead');
    await settled([deadEventId]);

    // The next four messages are refused temporarily: three events and the operator's retry wait ten minutes.
    h.smtp.refuse(4);
    const emails = recipients(3, 'retrying');
    const eventIds: string[] = [];
    for (const email of emails) eventIds.push(await welcome(email));
    const retried = await h.notification.post(`/deliveries/${dead.id}/retry`).set('authorization', `Bearer ${operator.token}`).expect(202);
    expect(retried.body.status).toBe('queued');
    const [{ retry_job_id: retryJobId }] = await h.db.query(`SELECT retry_job_id FROM email_deliveries WHERE id = $1`, [dead.id]);
    await eventually(async () => {
      const states = await jobStates([...eventIds, retryJobId]);
      return states.every((s) => s === 'delayed') ? true : undefined;
    }, 20_000, 'every job delayed for its retry');
    const refused: Array<{ status: string }> = await h.db.query(`SELECT status FROM email_deliveries WHERE event_id = ANY($1::uuid[]) OR id = $2`, [eventIds, dead.id]);
    expect(refused.map((r) => r.status)).toEqual(['failed', 'failed', 'failed', 'failed']);
    for (const email of [...emails, deadEmail]) expect(h.smtp.to(email)).toHaveLength(0);

    // The jobs are gone with everything else (the running service may re-enqueue them at once, so
    // a key of the test's own shows that Redis came back empty).
    await restartRedis();

    await settled(eventIds, [...eventIds, retryJobId]);
    await eventually(async () => {
      const [row] = await h.db.query(`SELECT status FROM email_deliveries WHERE id = $1`, [dead.id]);
      return row.status === 'sent' ? true : undefined;
    }, 20_000, 'the retried delivery sent');
    for (const email of [...emails, deadEmail]) expect(h.smtp.to(email)).toHaveLength(1);
  }, 90_000);

  it('runs the expiry reminders again on schedule after a restart and after a flush', async () => {
    if (!h.services.has('notification')) await h.startService('notification');
    const scheduled = () => withQueue(h, QUEUES.reminders, (q) => q.getJobScheduler(EXPIRY_REMINDER_SCHEDULER));
    const scansCompleted = () => withQueue(h, QUEUES.reminders, (q) => q.getCompletedCount());
    await eventually(async () => ((await scheduled()) ? true : undefined), 20_000, 'the reminder scheduler');

    // Restarted empty: the reconnect upserts the scheduler again, and scans run on it.
    await restartRedis();
    await eventually(async () => ((await scheduled()) ? true : undefined), 20_000, 'the scheduler back after a restart');
    await eventually(async () => ((await scansCompleted()) > 0 ? true : undefined), 20_000, 'a scan after the restart');

    // Flushed without a reconnect: the periodic upsert (REMINDER_ENSURE_MS) brings it back.
    const admin = new Redis(h.redis!.url, { maxRetriesPerRequest: null });
    try {
      await admin.flushall();
    } finally {
      admin.disconnect();
    }
    await eventually(async () => ((await scheduled()) ? true : undefined), 20_000, 'the scheduler back after a flush');
    await eventually(async () => ((await scansCompleted()) > 0 ? true : undefined), 20_000, 'a scan after the flush');
  }, 90_000);
});
