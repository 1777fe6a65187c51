import { DynamicModule, Global, Module } from '@nestjs/common';
import { Registry } from 'prom-client';
import { withTimeout } from '../util/with-timeout.js';

/** The app's Prometheus registry: every series of one service, served at GET /metrics. */
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

/**
 * A registry per app (not prom-client's global one), so that several services in one process
 * (the e2e harness) do not mix their series; each series carries `service="<name>"`.
 */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  return registry;
}

@Global()
@Module({})
export class MetricsModule {
  static forRoot(service: string): DynamicModule {
    return {
      module: MetricsModule,
      providers: [{ provide: METRICS_REGISTRY, useFactory: () => createMetricsRegistry(service) }],
      exports: [METRICS_REGISTRY],
    };
  }
}

/**
 * A value loaded at scrape time, shared by the gauges that read it and kept for `ttlMs`, so that
 * frequent scrapes (or several Prometheus servers) cost one query per interval. A load slower than
 * `timeoutMs` or failing gives undefined: the gauges then show no value rather than a stale one.
 */
export function scrapeCache<T>(load: () => Promise<T>, ttlMs: number, timeoutMs = 2000): () => Promise<T | undefined> {
  let cached: { at: number; value: Promise<T | undefined> } | undefined;
  return () => {
    const now = Date.now();
    if (cached && now - cached.at < ttlMs) return cached.value;
    const value = withTimeout(load(), timeoutMs).catch(() => undefined);
    cached = { at: now, value };
    return value;
  };
}
