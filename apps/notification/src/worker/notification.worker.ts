import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { REDIS } from '#common';
import { QUEUES, type EventEnvelope } from '#messaging';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config.js';
import { DeliveryService } from './delivery.service.js';
import { EmailPlanner } from './email-planner.js';

/** Backoff between attempts: base · 2^(n-1), at most ten minutes. */
export function backoffDelay(attemptsMade: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attemptsMade - 1), 10 * 60_000);
}

/**
 * Consumes the notification queue. Retries and the point of giving up are decided here, by this
 * service's config (producers only set a generous ceiling); after the last attempt the deliveries
 * are marked dead and the job is kept as failed.
 */
@Injectable()
export class NotificationWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(NotificationWorker.name);
  private worker?: Worker<EventEnvelope, void, string>;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
    private readonly planner: EmailPlanner,
    private readonly deliveries: DeliveryService,
  ) {}

  onApplicationBootstrap(): void {
    const { concurrency, backoffMs } = this.config.worker;
    this.worker = new Worker<EventEnvelope, void, string>(QUEUES.notification, (job) => this.process(job), {
      connection: this.redis,
      prefix: this.config.redis.prefix,
      concurrency,
      settings: { backoffStrategy: (attemptsMade: number) => backoffDelay(attemptsMade, backoffMs) },
    });
    this.worker.on('error', (err) => this.logger.warn(`Worker error: ${err.message}`));
  }

  async beforeApplicationShutdown(): Promise<void> {
    // Before the pools close: close() waits for the jobs in progress to finish; new jobs are not taken.
    await this.worker?.close();
  }

  async process(job: Job<EventEnvelope, void, string>): Promise<void> {
    const event = job.data;
    try {
      const emails = await this.planner.plan(event);
      for (const email of emails) await this.deliveries.deliver(event.id, email);
    } catch (err) {
      const message = (err as Error).message;
      const attempt = job.attemptsMade + 1;
      if (attempt >= this.config.worker.attempts) {
        await this.deliveries.markDead(event.id, message);
        this.logger.error({ eventId: event.id, type: event.type, attempt }, `Giving up on event: ${message}`);
        throw new UnrecoverableError(message);
      }
      this.logger.warn({ eventId: event.id, type: event.type, attempt }, `Event failed, will retry: ${message}`);
      throw err;
    }
  }
}
