import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { REDIS } from '#common';
import { QUEUES } from '#messaging';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config.js';
import { ReminderScanner, type ScanResult } from './reminder.scanner.js';

/** The job scheduler's id: one per queue prefix, whatever the number of replicas. */
export const EXPIRY_REMINDER_SCHEDULER = 'expiry-reminders';

/**
 * Runs the expiry-reminder scan on a BullMQ job scheduler on its own queue. Every replica upserts
 * the same scheduler (idempotent), so the scan is produced once per interval and taken by one
 * worker; the scan is safe to run concurrently anyway (see ReminderScanner).
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReminderScheduler.name);
  private queue?: Queue<Record<string, never>, ScanResult, string>;
  private worker?: Worker<Record<string, never>, ScanResult, string>;
  private stopped = false;
  private refresh?: NodeJS.Timeout;
  private ensuring = false;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
    private readonly scanner: ReminderScanner,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const connection = this.redis;
    const prefix = this.config.redis.prefix;
    this.queue = new Queue(QUEUES.reminders, { connection, prefix });
    this.queue.on('error', () => undefined); // connection errors are reported by the Redis client
    this.worker = new Worker(QUEUES.reminders, () => this.scanner.run(), { connection, prefix, concurrency: 1 });
    this.worker.on('error', (err) => this.logger.warn(`Reminder worker error: ${err.message}`));
    this.worker.on('failed', (_job, err) => this.logger.error(`Expiry reminder scan failed: ${err.message}`));
    // Not awaited: a service started while Redis is down still starts, and schedules once Redis is back.
    void this.ensureScheduler();
    // Redis restarted empty (no persistence, failover, flush) loses the scheduler: upsert it again on
    // every reconnect, and every REMINDER_ENSURE_MS in case the data vanished without a reconnect. Idempotent.
    this.redis.on('ready', this.onReady);
    this.refresh = setInterval(() => void this.ensureScheduler(), this.config.reminders.ensureMs);
    this.refresh.unref();
  }

  private readonly onReady = () => {
    if (!this.stopped) void this.ensureScheduler();
  };

  private async ensureScheduler(): Promise<void> {
    if (this.ensuring) return; // one loop at a time, however often it is asked for
    this.ensuring = true;
    try {
      await this.upsertUntilDone();
    } finally {
      this.ensuring = false;
    }
  }

  private async upsertUntilDone(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.queue!.upsertJobScheduler(
          EXPIRY_REMINDER_SCHEDULER,
          { every: this.config.reminders.intervalMs },
          { name: 'scan', data: {}, opts: { removeOnComplete: 100, removeOnFail: 500 } },
        );
        return;
      } catch (err) {
        if (this.stopped) return;
        this.logger.warn(`Could not schedule the expiry reminders yet: ${(err as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, 5000));
      }
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.refresh);
    this.redis.off('ready', this.onReady);
    // The scheduler stays in Redis: other replicas (or the next start) keep using it.
    await this.worker?.close();
    await this.queue?.close();
  }
}
