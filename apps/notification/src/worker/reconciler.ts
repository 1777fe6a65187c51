import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { REDIS, withTimeout } from '#common';
import { DEFAULT_JOB_OPTIONS, EVENT_ROUTES, QUEUES, type EventEnvelope } from '#messaging';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config.js';
import { RETRY_DELIVERY_JOB, type NotificationJobData } from './notification.jobs.js';

const BATCH = 1000;
const ADD_TIMEOUT_MS = 5000;

/** Event types this service consumes: those routed to the notification queue. */
const CONSUMED_TYPES = Object.entries(EVENT_ROUTES)
  .filter(([, queues]) => queues.includes(QUEUES.notification))
  .map(([type]) => type);

export interface ReconcileResult {
  events: number;
  retries: number;
}

/**
 * Postgres is the record of what is done; Redis only of what is waiting. Every
 * NOTIFICATION_RECONCILE_MS, and whenever the Redis connection becomes ready again, the events
 * published but not consumed for longer than NOTIFICATION_RECONCILE_GRACE_MS, and the operators'
 * retries of deliveries still unsent, are added to the queue again under their own job ids (the
 * event id; the retry's recorded id). A job Redis still holds (waiting, delayed for a retry,
 * active) makes that add a no-op; one that Redis lost (restarted empty, flushed, failed over) is
 * enqueued again. The worker sends each delivery under its row lock and `sent` check, so an event
 * processed twice still sends each email once.
 */
@Injectable()
export class NotificationReconciler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(NotificationReconciler.name);
  private queue?: Queue<NotificationJobData, void, string>;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.queue = new Queue<NotificationJobData, void, string>(QUEUES.notification, {
      connection: this.redis,
      prefix: this.config.redis.prefix,
      defaultJobOptions: DEFAULT_JOB_OPTIONS,
    });
    this.queue.on('error', () => undefined); // connection errors are reported by the Redis client
    this.redis.on('ready', this.onReady);
    this.timer = setInterval(() => this.trigger(), this.config.reconcile.intervalMs);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.redis.off('ready', this.onReady);
    await this.running;
    await this.queue?.close();
  }

  private readonly onReady = () => this.trigger();

  private trigger(): void {
    if (this.stopped || this.running) return;
    this.running = this.reconcile()
      .then(({ events, retries }) => {
        if (events + retries > 0) this.logger.log({ events, retries }, 'Reconciled unfinished work with the queue');
      })
      .catch((err: Error) => this.logger.warn(`Reconciliation postponed: ${err.message}`))
      .finally(() => {
        this.running = undefined;
      });
  }

  /** One pass; how many events and retries were (re-)added, most of them no-ops. */
  async reconcile(): Promise<ReconcileResult> {
    const graceMs = this.config.reconcile.graceMs;
    const events: Array<{ id: string; type: string; payload: Record<string, unknown>; created_at: Date }> = await this.db.query(
      `SELECT id, type, payload, created_at FROM outbox_events
        WHERE published_at IS NOT NULL AND consumed_at IS NULL
          AND published_at < now() - $1 * interval '1 millisecond'
          AND type = ANY($2::varchar[])
        ORDER BY published_at
        LIMIT ${BATCH}`,
      [graceMs, CONSUMED_TYPES],
    );
    for (const row of events) {
      const envelope = { id: row.id, type: row.type, payload: row.payload, occurredAt: row.created_at.toISOString() } as EventEnvelope;
      await this.add(row.type, envelope, row.id);
    }
    const retries: Array<{ id: string; retry_job_id: string }> = await this.db.query(
      `SELECT d.id, d.retry_job_id FROM email_deliveries d
         JOIN outbox_events o ON o.id = d.event_id
        WHERE d.status IN ('queued', 'failed') AND d.retry_job_id IS NOT NULL AND o.consumed_at IS NOT NULL
          AND d.updated_at < now() - $1 * interval '1 millisecond'
        ORDER BY d.updated_at
        LIMIT ${BATCH}`,
      [graceMs],
    );
    for (const row of retries) await this.add(RETRY_DELIVERY_JOB, { deliveryId: row.id }, row.retry_job_id);
    return { events: events.length, retries: retries.length };
  }

  private async add(name: string, data: NotificationJobData, jobId: string): Promise<void> {
    await withTimeout(this.queue!.add(name, data, { jobId }), ADD_TIMEOUT_MS, `adding job ${jobId} timed out after ${ADD_TIMEOUT_MS} ms`);
  }
}
