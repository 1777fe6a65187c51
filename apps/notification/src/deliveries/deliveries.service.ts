import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, isLockNotAvailable, pageOf, REDIS, withTimeout } from '#common';
import { EmailDeliveryEntity } from '#database';
import { DEFAULT_JOB_OPTIONS, QUEUES } from '#messaging';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config.js';
import { RETRY_DELIVERY_JOB, type RetryDeliveryJobData } from '../worker/notification.jobs.js';
import { type DeliveryPageResponseDto, type DeliveryResponseDto, type ListDeliveriesQueryDto } from './deliveries.dto.js';
import { NotificationErrorCode } from '../notification.errors.js';

const ENQUEUE_TIMEOUT_MS = 5000;

function toDto(row: EmailDeliveryEntity): DeliveryResponseDto {
  return {
    id: row.id,
    eventId: row.eventId,
    template: row.template,
    recipient: row.recipient,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    messageId: row.messageId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

/** The operators' view of the delivery log, and their retry of a failed or dead email. */
@Injectable()
export class DeliveriesService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(DeliveriesService.name);
  private queue?: Queue<RetryDeliveryJobData, void, string>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
  ) {}

  async list(query: ListDeliveriesQueryDto): Promise<DeliveryPageResponseDto> {
    const { page, pageSize, offset } = pageOf(query);
    const qb = this.db.getRepository(EmailDeliveryEntity).createQueryBuilder('d');
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (query.template) qb.andWhere('d.template = :template', { template: query.template });
    if (query.recipient) qb.andWhere('d.recipient = :recipient', { recipient: query.recipient });
    if (query.from) qb.andWhere('d.created_at >= :from', { from: new Date(query.from) });
    if (query.to) qb.andWhere('d.created_at < :to', { to: new Date(query.to) });
    const [rows, total] = await qb
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .skip(offset)
      .take(pageSize)
      .getManyAndCount();
    return { items: rows.map(toDto), page, pageSize, total };
  }

  async get(id: string): Promise<DeliveryResponseDto> {
    const row = await this.db.getRepository(EmailDeliveryEntity).findOneBy({ id });
    if (!row) throw new DomainError(NotificationErrorCode.DELIVERY_NOT_FOUND, 'No such delivery');
    return toDto(row);
  }

  /**
   * Failed or dead → queued, with a retry job on the notification queue, in one transaction
   * (the job is added before the commit: if Redis does not take it, nothing changes). The worker
   * sends it through the same row lock and `sent` check as every email, so a retry racing the
   * automatic one still sends once.
   */
  async retry(id: string): Promise<DeliveryResponseDto> {
    return this.db.transaction(async (manager) => {
      const row = await this.lockForRetry(manager, id);
      if (row.status === 'sent') throw new DomainError(NotificationErrorCode.DELIVERY_ALREADY_SENT, 'This email was sent; it is not sent twice');
      if (row.status === 'queued') throw new DomainError(NotificationErrorCode.DELIVERY_ALREADY_QUEUED, 'This email is already waiting to be sent');
      if (!row.data) throw new DomainError(NotificationErrorCode.DELIVERY_NOT_RETRYABLE, 'The data to render this email is no longer kept');
      // A job id of its own per retry: the event's job (id = event id) may still exist as failed.
      const jobId = `retry-${row.id}-${Date.now()}`;
      await manager.update(EmailDeliveryEntity, row.id, { status: 'queued', retryJobId: jobId });
      await this.enqueue(row.id, jobId);
      this.logger.log({ deliveryId: row.id, template: row.template, previousStatus: row.status }, 'Delivery re-queued by an operator');
      return toDto(await manager.findOneByOrFail(EmailDeliveryEntity, { id: row.id }));
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.queue?.close();
  }

  private async lockForRetry(manager: EntityManager, id: string): Promise<EmailDeliveryEntity> {
    let row: EmailDeliveryEntity | null;
    try {
      row = await manager.findOne(EmailDeliveryEntity, { where: { id }, lock: { mode: 'pessimistic_write', onLocked: 'nowait' } });
    } catch (err) {
      // The row is locked: the worker is sending it right now.
      if (isLockNotAvailable(err)) {
        throw new DomainError(NotificationErrorCode.DELIVERY_IN_PROGRESS, 'This email is being sent right now');
      }
      throw err;
    }
    if (!row) throw new DomainError(NotificationErrorCode.DELIVERY_NOT_FOUND, 'No such delivery');
    return row;
  }

  private async enqueue(deliveryId: string, jobId: string): Promise<void> {
    this.queue ??= new Queue<RetryDeliveryJobData, void, string>(QUEUES.notification, {
      connection: this.redis,
      prefix: this.config.redis.prefix,
      defaultJobOptions: DEFAULT_JOB_OPTIONS,
    });
    this.queue.on('error', () => undefined); // connection errors are reported by the Redis client
    // The job id is stored on the delivery, so the reconciler can re-add it under the same id.
    await withTimeout(
      this.queue.add(RETRY_DELIVERY_JOB, { deliveryId }, { jobId }),
      ENQUEUE_TIMEOUT_MS,
      () => new DomainError(NotificationErrorCode.QUEUE_UNAVAILABLE, 'The queue is unavailable; try again later'),
    );
  }
}
