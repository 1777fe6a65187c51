import { DynamicModule, Module } from '@nestjs/common';
import { FOUNDATION_METRICS_SETTINGS, FoundationMetrics, type FoundationMetricsSettings } from './foundation.metrics.js';
import { OUTBOX_RELAY_SETTINGS, OutboxRelay, type OutboxRelaySettings } from './outbox.relay.js';

/** Poll every second when no NOTIFY arrives; 100 events a batch; 5 s for Redis to take one. */
const RELAY_DEFAULTS = { pollIntervalMs: 1000, batchSize: 100, publishTimeoutMs: 5000 };

@Module({})
export class OutboxRelayModule {
  /** Runs the relay in this process. Needs DatabaseModule and RedisModule. */
  static forRoot(
    settings: Pick<OutboxRelaySettings, 'databaseUrl' | 'queuePrefix'> & Partial<OutboxRelaySettings>,
  ): DynamicModule {
    return {
      module: OutboxRelayModule,
      providers: [{ provide: OUTBOX_RELAY_SETTINGS, useValue: { ...RELAY_DEFAULTS, ...settings } }, OutboxRelay],
      exports: [OutboxRelay],
    };
  }
}

@Module({})
export class FoundationMetricsModule {
  /** The pool, outbox and queue gauges in the app's registry. Needs MetricsModule, DatabaseModule and RedisModule. */
  static forRoot(settings: FoundationMetricsSettings): DynamicModule {
    return {
      module: FoundationMetricsModule,
      providers: [{ provide: FOUNDATION_METRICS_SETTINGS, useValue: settings }, FoundationMetrics],
    };
  }
}
