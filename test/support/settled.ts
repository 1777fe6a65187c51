import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QUEUES } from '#messaging';
import { eventually, type Harness } from './harness.js';

/** What is still in flight: unpublished outbox events, notification jobs not done, deliveries still queued. */
async function inFlight(h: Harness, queue: Queue): Promise<{ outbox: number; jobs: number; deliveries: number }> {
  const [[{ outbox }], counts, [{ deliveries }]] = await Promise.all([
    h.db.query<Array<{ outbox: number }>>(`SELECT count(*)::int AS outbox FROM outbox_events WHERE published_at IS NULL`),
    queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children'),
    h.db.query<Array<{ deliveries: number }>>(`SELECT count(*)::int AS deliveries FROM email_deliveries WHERE status = 'queued'`),
  ]);
  return { outbox, jobs: Object.values(counts).reduce((a, b) => a + b, 0), deliveries };
}

/**
 * The barrier a test waits on before asserting that something did NOT happen (no second email, no
 * delivery row): every outbox event is published, the notification queue has no job waiting, active,
 * or delayed (a retry's backoff), and no email delivery is still queued. Seen twice in a row,
 * since a job that finishes between two reads can write a new event. Throws after `timeoutMs`
 * with what was still in flight.
 */
export async function settled(h: Harness, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quietInARow = 0;
  await withQueue(h, QUEUES.notification, async (queue) => {
    for (;;) {
      const now = await inFlight(h, queue);
      quietInARow = now.outbox === 0 && now.jobs === 0 && now.deliveries === 0 ? quietInARow + 1 : 0;
      if (quietInARow >= 2) return;
      if (Date.now() > deadline) throw new Error(`not settled after ${timeoutMs} ms: ${JSON.stringify(now)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  });
}

/** Runs `fn` on the suite's queue `name` (its Redis, its prefix), closing the connection afterwards. */
export async function withQueue<T>(h: Harness, name: string, fn: (queue: Queue) => Promise<T>): Promise<T> {
  const redis = new Redis(h.env.REDIS_URL ?? '', { maxRetriesPerRequest: null });
  const queue = new Queue(name, { connection: redis, prefix: h.env.QUEUE_PREFIX });
  try {
    return await fn(queue);
  } finally {
    await queue.close();
    redis.disconnect();
  }
}

/**
 * The barrier before asserting that the events' emails went out once each: every event's job on the
 * notification queue (job id = event id) has completed, so no retry of it is pending that could still send.
 */
export async function eventJobsCompleted(h: Harness, eventIds: string[], timeoutMs = 60_000): Promise<void> {
  await withQueue(h, QUEUES.notification, (queue) =>
    eventually(async () => {
      const states = await Promise.all(eventIds.map((id) => queue.getJobState(id)));
      return states.every((state) => state === 'completed') ? true : undefined;
    }, timeoutMs, 'every event job completed'),
  );
}
