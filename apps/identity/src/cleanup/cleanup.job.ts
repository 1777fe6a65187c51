import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Counter, type Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { METRICS_REGISTRY } from '#common';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config.js';
import { CleanupRepository, type CleanupCounts } from './cleanup.repository.js';

/**
 * Deletes what nobody can use any more, every `CLEANUP_INTERVAL_SECONDS` (the first pass one interval after start):
 * sessions expired or revoked more than the grace period ago, used or expired password-reset and email-change tokens,
 * invitations accepted, revoked or expired more than the retention ago, and offline-file nonces older
 * than their retention (a file that old is refused by its age anyway). One replica does each pass:
 * a replica whose tick finds the lock taken skips it (`cleanup_passes_total{outcome="skipped"}`), and a
 * tick while this replica's own pass still runs starts nothing (`outcome="busy"`).
 */
@Injectable()
export class CleanupJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CleanupJob.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private readonly passes: Counter<'outcome'>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    @Inject(METRICS_REGISTRY) registry: Registry,
    private readonly repository: CleanupRepository,
  ) {
    this.passes = new Counter({
      name: 'cleanup_passes_total',
      help: 'Scheduled cleanup ticks: ran (this replica did the pass), skipped (another replica held the lock), busy (its own pass still running), failed',
      labelNames: ['outcome'],
      registers: [registry],
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.cleanup.intervalSeconds === 0) return;
    const intervalMs = this.config.cleanup.intervalSeconds * 1000;
    const tick = () => {
      if (this.running) return void this.passes.inc({ outcome: 'busy' });
      this.running = this.runOnce()
        .then((counts) => this.passes.inc({ outcome: counts ? 'ran' : 'skipped' }))
        .catch((err: Error) => {
          this.passes.inc({ outcome: 'failed' });
          this.logger.warn(`Cleanup pass failed: ${err.message}`);
        })
        .finally(() => (this.running = undefined));
    };
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass; null when another replica holds the lock. */
  async runOnce(): Promise<CleanupCounts | null> {
    const counts = await this.dataSource.transaction(async (m) => ((await this.repository.tryLock(m)) ? this.repository.deleteExpired(m, this.config.cleanup) : null));
    if (counts && Object.values(counts).some((n) => n > 0)) this.logger.log(counts, 'Cleanup pass deleted expired rows');
    return counts;
  }
}
