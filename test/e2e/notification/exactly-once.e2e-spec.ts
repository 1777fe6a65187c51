import { beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QUEUES, type EventEnvelope } from '#messaging';
import { eventually } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { createAccount, createOperator, createUser, type TestUser } from '../../support/factories.js';
import { emitEvent } from './fixtures.js';
import { settled } from '../../support/settled.js';

describe('exactly once per event and recipient', () => {
  const h = useHarness({ services: ['notification'], env: { NOTIFICATION_CONCURRENCY: '2' } });
  let operator: TestUser;

  beforeAll(async () => {
    operator = await createOperator(h.db);
  });

  /** `n` accounts with one admin each, and their "offline operations enabled" events. */
  async function accountsWithEvents(n: number): Promise<{ admins: TestUser[]; eventIds: string[] }> {
    const admins: TestUser[] = [];
    const eventIds: string[] = [];
    for (let i = 0; i < n; i++) {
      const admin = await createUser(h.db);
      const account = await createAccount(h.db, admin, `Batch ${i}`);
      admins.push(admin);
      eventIds.push(await emitEvent(h.db, { type: 'account.offline-operations-enabled', payload: { accountId: account.id, byUserId: operator.id } }));
    }
    return { admins, eventIds };
  }

  it('loses and doubles nothing when the worker is stopped mid-batch and a new one takes over', async () => {
    h.smtp.slow(400);
    const { admins, eventIds } = await accountsWithEvents(12);

    await eventually(() => (h.smtp.received.filter((m) => admins.some((a) => m.to.includes(a.email))).length >= 2 ? true : undefined), 20_000);
    await h.service('notification').close();
    const deliveredBeforeStop = h.smtp.received.filter((m) => admins.some((a) => m.to.includes(a.email))).length;
    // The stop really happened mid-batch: some emails were still to go.
    expect(deliveredBeforeStop).toBeLessThan(admins.length);
    const [{ sent }] = await h.db.query(`SELECT count(*)::int AS sent FROM email_deliveries WHERE event_id = ANY($1::uuid[]) AND status = 'sent'`, [eventIds]);
    expect(sent).toBe(deliveredBeforeStop);

    h.smtp.slow(0);
    await h.startService('notification');
    for (const admin of admins) await h.smtp.waitFor((m) => m.to.includes(admin.email), 20_000);
    await settled(h);
    for (const admin of admins) expect(h.smtp.to(admin.email)).toHaveLength(1);
    const rows = await h.db.query(`SELECT status, attempts, last_error FROM email_deliveries WHERE event_id = ANY($1::uuid[])`, [eventIds]);
    expect(rows).toHaveLength(admins.length);
    expect(rows).toEqual(admins.map(() => ({ status: 'sent', attempts: 1, last_error: null })));
  });

  it('a job delivered again after its email was sent (crash before acknowledge) sends nothing', async () => {
    const { admins, eventIds } = await accountsWithEvents(1);
    const [admin] = admins;
    const [eventId] = eventIds;
    await h.smtp.waitFor((m) => m.to.includes(admin!.email));
    await eventually(async () => {
      const [row] = await h.db.query(`SELECT status FROM email_deliveries WHERE event_id = $1`, [eventId]);
      return row?.status === 'sent' ? row : undefined;
    });

    // The same event arrives again as a new job, as after a crash between send and acknowledge.
    const [row] = await h.db.query(`SELECT id, type, payload, created_at FROM outbox_events WHERE id = $1`, [eventId]);
    const envelope = { id: row.id, type: row.type, payload: row.payload, occurredAt: row.created_at.toISOString() } as EventEnvelope;
    const redis = new Redis(h.env.REDIS_URL!, { maxRetriesPerRequest: null });
    const queue = new Queue<EventEnvelope>(QUEUES.notification, { connection: redis, prefix: h.env.QUEUE_PREFIX });
    try {
      const job = await queue.add(envelope.type, envelope, { jobId: `redelivered-${eventId}` });
      await eventually(async () => ((await job.getState()) === 'completed' ? true : undefined));
    } finally {
      await queue.close();
      redis.disconnect();
    }
    await settled(h);
    expect(h.smtp.to(admin!.email)).toHaveLength(1);
    expect(await h.db.query(`SELECT status, attempts FROM email_deliveries WHERE event_id = $1`, [eventId])).toEqual([{ status: 'sent', attempts: 1 }]);
  });

  it('an event published twice (same job id) is one job and one email', async () => {
    const { admins, eventIds } = await accountsWithEvents(1);
    await h.smtp.waitFor((m) => m.to.includes(admins[0]!.email));
    // The relay publishes again, as after an unclear publish failure.
    await h.db.query(`UPDATE outbox_events SET published_at = NULL WHERE id = $1`, [eventIds[0]]);
    await settled(h);
    expect(h.smtp.to(admins[0]!.email)).toHaveLength(1);
  });
});
