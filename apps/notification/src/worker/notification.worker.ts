import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { REDIS } from '#common';
import { QUEUES, type EventEnvelope } from '#messaging';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config.js';
import { DeliveryService } from './delivery.service.js';
import { EmailPlanner } from './email-planner.js';
import { RETRY_DELIVERY_JOB, type NotificationJobData, type RetryDeliveryJobData } from './notification.jobs.js';

/** Backoff between attempts: base · 2^(n-1), at most ten minutes. */
export function backoffDelay(attemptsMade: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attemptsMade - 1), 10 * 60_000);
}

/**
 * Consumes the notification queue: events (job id = event id) and operators' retries of one
 * delivery. Retries and the point of giving up are decided here, by this service's config
 * (producers only set a generous ceiling); after the last attempt the deliveries are marked dead
 * and the job is kept as failed.
 */
@Injectable()
export class NotificationWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(NotificationWorker.name);
  private worker?: Worker<NotificationJobData, void, string>;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
    private readonly planner: EmailPlanner,
    private readonly deliveries: DeliveryService,
  ) {}

  onApplicationBootstrap(): void {
    const { concurrency, backoffMs, lockMs } = this.config.worker;
    this.worker = new Worker<NotificationJobData, void, string>(QUEUES.notification, (job) => this.process(job), {
      connection: this.redis,
      prefix: this.config.redis.prefix,
      concurrency,
      // A killed worker's jobs are taken again once their lock runs out (checked as often).
      lockDuration: lockMs,
      stalledInterval: lockMs,
      settings: { backoffStrategy: (attemptsMade: number) => backoffDelay(attemptsMade, backoffMs) },
    });
    this.worker.on('error', (err) => this.logger.warn(`Worker error: ${err.message}`));
    // A job whose worker died too often (killed processes) is failed by BullMQ without reaching
    // process(): its deliveries would stay queued unnoticed. Mark them dead: visible, retryable.
    this.worker.on('failed', (job, err) => {
      if (!job || !/stalled/i.test(err.message)) return;
      const data = job.data;
      const giveUp =
        'deliveryId' in data
          ? this.deliveries.markDeliveryDead(data.deliveryId, err.message)
          : this.deliveries.markDead(data.id, err.message).then(() => this.deliveries.markConsumed(data.id));
      giveUp.catch((e: Error) => this.logger.error(`Could not mark a stalled job's deliveries dead: ${e.message}`));
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    // Before the pools close: close() waits for the jobs in progress to finish; new jobs are not taken.
    await this.worker?.close();
  }

  async process(job: Job<NotificationJobData, void, string>): Promise<void> {
    if (job.name === RETRY_DELIVERY_JOB) return this.processRetry(job as Job<RetryDeliveryJobData, void, string>);
    return this.processEvent(job as Job<EventEnvelope, void, string>);
  }

  private async processEvent(job: Job<EventEnvelope, void, string>): Promise<void> {
    const event = job.data;
    await this.withRetryPolicy(job, { eventId: event.id, type: event.type }, async () => {
      if (!(await this.deliveries.isPlanned(event.id))) {
        await this.deliveries.recordPlan(event.id, await this.planner.plan(event));
      }
      // Every unsent email of the event is tried, so one refused recipient does not hold up the others.
      const failures: Error[] = [];
      for (const id of await this.deliveries.unsent(event.id)) {
        await this.deliveries.send(id).catch((err: Error) => failures.push(err));
      }
      if (failures.length > 0) {
        throw new Error(failures.length === 1 ? failures[0]!.message : `${failures.length} emails failed: ${failures[0]!.message}`);
      }
      // Not recorded (Postgres away): the job fails and is retried, which sends nothing again.
      await this.deliveries.markConsumed(event.id);
    }, async (reason) => {
      await this.deliveries.markDead(event.id, reason);
      await this.deliveries.markConsumed(event.id);
    });
  }

  private async processRetry(job: Job<RetryDeliveryJobData, void, string>): Promise<void> {
    const { deliveryId } = job.data;
    await this.withRetryPolicy(job, { deliveryId }, async () => {
      await this.deliveries.send(deliveryId);
    }, (reason) => this.deliveries.markDeliveryDead(deliveryId, reason));
  }

  private async withRetryPolicy(
    job: Job<NotificationJobData, void, string>,
    context: Record<string, string>,
    work: () => Promise<void>,
    giveUp: (reason: string) => Promise<void>,
  ): Promise<void> {
    try {
      await work();
    } catch (err) {
      const message = (err as Error).message;
      const attempt = job.attemptsMade + 1;
      if (attempt >= this.config.worker.attempts) {
        await giveUp(message);
        this.logger.error({ ...context, attempt }, `Giving up: ${message}`);
        throw new UnrecoverableError(message);
      }
      this.logger.warn({ ...context, attempt }, `Failed, will retry: ${message}`);
      throw err;
    }
  }
}
