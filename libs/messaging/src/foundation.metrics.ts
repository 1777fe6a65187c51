import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Pool } from 'pg';
import { Gauge, type Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { METRICS_REGISTRY, REDIS, scrapeCache, withTimeout } from '#common';
import { QUEUES } from './queues.js';

export const FOUNDATION_METRICS_SETTINGS = Symbol('FOUNDATION_METRICS_SETTINGS');
export interface FoundationMetricsSettings {
  queuePrefix: string;
}

/** Job states whose depth is worth an alert (completed jobs are history, not backlog). */
const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
/** Scrapes closer together than this share one outbox query and one round of queue counts. */
const CACHE_MS = 5000;

/**
 * What every service runs on, as gauges computed at scrape time: its Postgres pool (read from the
 * pool, no query), the outbox backlog and the age of its oldest unpublished event (one query on the
 * partial index of unpublished rows), and the BullMQ queue depths. The outbox and the queues are
 * shared, so every service reports the same figures: a dashboard takes max() over them.
 */
@Injectable()
export class FoundationMetrics implements OnModuleInit, OnApplicationShutdown {
  private readonly queues: Queue[];

  constructor(
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) redis: Redis,
    @Inject(FOUNDATION_METRICS_SETTINGS) settings: FoundationMetricsSettings,
  ) {
    // Queue handles over the shared client only read counts; closing them leaves the client open.
    this.queues = Object.values(QUEUES).map((name) => new Queue(name, { connection: redis, prefix: settings.queuePrefix }));
    for (const queue of this.queues) queue.on('error', () => undefined); // the Redis client reports connection trouble
  }

  onModuleInit(): void {
    const registers = [this.registry];
    const pool = () => (this.dataSource.driver as unknown as { master?: Pool }).master;
    new Gauge({
      name: 'db_pool_connections',
      help: 'Postgres pool connections: total open, idle, and requests waiting for one',
      labelNames: ['state'],
      registers,
      collect() {
        const p = pool();
        this.set({ state: 'total' }, p?.totalCount ?? 0);
        this.set({ state: 'idle' }, p?.idleCount ?? 0);
        this.set({ state: 'waiting' }, p?.waitingCount ?? 0);
      },
    });

    const outbox = scrapeCache(async () => {
      const [row] = (await this.dataSource.query(
        `SELECT count(*)::int AS backlog, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS age
           FROM outbox_events WHERE published_at IS NULL`,
      )) as Array<{ backlog: number; age: number }>;
      return row!;
    }, CACHE_MS);
    new Gauge({
      name: 'outbox_unpublished_events',
      help: 'Outbox events written and not yet published to BullMQ',
      registers,
      async collect() {
        const value = await outbox();
        if (value) this.set(value.backlog);
        else this.reset();
      },
    });
    new Gauge({
      name: 'outbox_oldest_unpublished_age_seconds',
      help: 'Age of the oldest unpublished outbox event (0 when none is waiting)',
      registers,
      async collect() {
        const value = await outbox();
        if (value) this.set(value.age);
        else this.reset();
      },
    });

    const counts = scrapeCache(() => Promise.all(this.queues.map(async (q) => [q.name, await q.getJobCounts(...QUEUE_STATES)] as const)), CACHE_MS);
    new Gauge({
      name: 'bullmq_queue_jobs',
      help: 'BullMQ jobs per queue and state (waiting, active, delayed, failed)',
      labelNames: ['queue', 'state'],
      registers,
      async collect() {
        const value = await counts();
        this.reset();
        for (const [queue, byState] of value ?? []) for (const state of QUEUE_STATES) this.set({ queue, state }, byState[state] ?? 0);
      },
    });
  }

  /** Closing waits for Redis; when Redis is unreachable at shutdown the handles are simply dropped. */
  async onApplicationShutdown(): Promise<void> {
    await withTimeout(Promise.all(this.queues.map((q) => q.close().catch(() => undefined))), 1000).catch(() => undefined);
  }
}
