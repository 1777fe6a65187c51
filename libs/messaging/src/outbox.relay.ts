import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { REDIS, withTimeout } from '#common';
import type { DomainEventType, EventEnvelope } from './events.js';
import { createEventQueue, type EventQueue } from './queue.factory.js';
import { EVENT_ROUTES, OUTBOX_CHANNEL, type QueueName } from './queues.js';

export interface OutboxRelaySettings {
  databaseUrl: string;
  queuePrefix: string;
  /** Poll interval when no NOTIFY arrives (and the retry delay while Redis is down). */
  pollIntervalMs: number;
  batchSize: number;
  /** How long one publish may wait for Redis before the batch is retried later. */
  publishTimeoutMs: number;
}
export const OUTBOX_RELAY_SETTINGS = Symbol('OUTBOX_RELAY_SETTINGS');

interface OutboxRow {
  id: string;
  type: DomainEventType;
  payload: Record<string, unknown>;
  created_at: Date;
}


/**
 * Moves outbox rows to BullMQ. Rows are claimed with FOR UPDATE SKIP LOCKED, so any number of
 * relays (replicas, services) share the table; the job id is the event id, so a publish retried
 * after an unclear failure is one job. When Redis is down the rows stay unpublished and are
 * retried; nothing is lost.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly queues = new Map<QueueName, EventQueue>();
  private listener?: Client;
  private timer?: NodeJS.Timeout;
  private reconnectTimer?: NodeJS.Timeout;
  private running = false;
  private stopped = false;
  private wakeRequested = false;
  private current: Promise<void> = Promise.resolve();
  private failing = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(OUTBOX_RELAY_SETTINGS) private readonly settings: OutboxRelaySettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.schedule(0);
  }

  /** Before the pools close: finish the batch in hand, take no more. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.reconnectTimer);
    await this.current.catch(() => undefined);
    await this.listener?.end().catch(() => undefined);
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
  }

  /** Publishes everything pending now; resolves when the table has nothing left or a publish failed. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const published = await this.publishBatch();
      total += published;
      if (published < this.settings.batchSize) return total;
    }
  }

  /**
   * LISTENs on its own connection; when that connection drops (Postgres restarting) it reconnects
   * with backoff, and catches up on whatever was written meanwhile. Polling covers the gap.
   */
  private async listen(attempt = 0): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.settings.databaseUrl, application_name: 'outbox-relay' });
    let lost = false;
    const onLost = (reason: string) => {
      if (lost) return;
      lost = true;
      if (this.listener === client) this.listener = undefined;
      if (this.stopped) return;
      const delay = Math.min(500 * 2 ** attempt, 15_000);
      this.logger.warn(`Outbox listener lost its connection (${reason}); polling, reconnecting in ${delay} ms`);
      this.reconnectTimer = setTimeout(() => void this.listen(Math.min(attempt + 1, 5)), delay);
    };
    client.on('notification', () => this.wake());
    client.on('error', (err) => onLost(err.message));
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      if (this.stopped) {
        await client.end().catch(() => undefined);
        return;
      }
      this.listener = client;
      attempt = 0;
      if (lost) return;
      this.wake(); // notifications sent while no one listened
    } catch (err) {
      onLost(`could not start: ${(err as Error).message}`);
    }
  }

  private wake(): void {
    if (this.running) {
      this.wakeRequested = true;
      return;
    }
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.current = this.tick();
    }, delayMs);
  }

  private async tick(): Promise<void> {
    if (this.stopped || this.running) return;
    this.running = true;
    this.wakeRequested = false;
    try {
      await this.drain();
      if (this.failing) this.logger.log('Outbox publishing recovered');
      this.failing = false;
    } catch (err) {
      if (!this.failing) this.logger.warn(`Outbox publishing paused: ${(err as Error).message}`);
      this.failing = true;
    } finally {
      this.running = false;
      this.schedule(this.wakeRequested && !this.failing ? 0 : this.settings.pollIntervalMs);
    }
  }

  private queue(name: QueueName): EventQueue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = createEventQueue(name, this.redis, this.settings.queuePrefix);
      queue.on('error', () => undefined); // connection errors are reported by the Redis client
      this.queues.set(name, queue);
    }
    return queue;
  }

  private async publishBatch(): Promise<number> {
    let failure: { id: string; error: Error } | undefined;
    const published = await this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, type, payload, created_at FROM outbox_events
          WHERE published_at IS NULL
          ORDER BY created_at, id
          LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [this.settings.batchSize],
      );
      const done: string[] = [];
      for (const row of rows) {
        const envelope = { id: row.id, type: row.type, payload: row.payload, occurredAt: row.created_at.toISOString() } as EventEnvelope;
        try {
          for (const queueName of EVENT_ROUTES[row.type] ?? []) {
            await withTimeout(
              this.queue(queueName).add(row.type, envelope, { jobId: row.id }),
              this.settings.publishTimeoutMs,
              `publishing ${row.type} to ${queueName} timed out after ${this.settings.publishTimeoutMs} ms`,
            );
          }
          done.push(row.id);
        } catch (err) {
          failure = { id: row.id, error: err as Error };
          break;
        }
      }
      if (done.length > 0) {
        await manager.query(
          `UPDATE outbox_events SET published_at = now(), publish_attempts = publish_attempts + 1, last_error = NULL
            WHERE id = ANY($1::uuid[])`,
          [done],
        );
      }
      return done.length;
    });
    if (failure) {
      await this.dataSource
        .query(`UPDATE outbox_events SET publish_attempts = publish_attempts + 1, last_error = $2 WHERE id = $1`, [
          failure.id,
          failure.error.message.slice(0, 1000),
        ])
        .catch(() => undefined);
      throw failure.error;
    }
    return published;
  }
}
