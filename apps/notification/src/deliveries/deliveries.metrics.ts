import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge, type Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { METRICS_REGISTRY, scrapeCache } from '#common';
import { EMAIL_DELIVERY_STATUSES } from '#database';

/** Scrapes closer together than this share one count. */
const CACHE_MS = 10_000;

/**
 * `email_deliveries{state}`: how many emails are queued, sent, failed (retrying) or dead, counted at
 * scrape time with one grouped query over the (status, created_at) index; every state is always
 * present, 0 when none.
 */
@Injectable()
export class DeliveriesMetrics implements OnModuleInit {
  constructor(
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    const counts = scrapeCache(
      async () => (await this.dataSource.query(`SELECT status, count(*)::int AS n FROM email_deliveries GROUP BY status`)) as Array<{ status: string; n: number }>,
      CACHE_MS,
    );
    new Gauge({
      name: 'email_deliveries',
      help: 'Email deliveries by state (queued, sent, failed and being retried, dead)',
      labelNames: ['state'],
      registers: [this.registry],
      async collect() {
        const rows = await counts();
        this.reset();
        if (!rows) return;
        for (const state of EMAIL_DELIVERY_STATUSES) this.set({ state }, rows.find((r) => r.status === state)?.n ?? 0);
      },
    });
  }
}
