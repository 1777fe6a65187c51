import type { DynamicModule, Provider } from '@nestjs/common';
import { AuthModule, HealthModule, LoggingModule, MetricsModule, RedisModule, type AuthVerifyConfig, type SharedConfig } from '#common';
import { DatabaseModule } from '#database';
import { FoundationMetricsModule, OutboxRelayModule } from './messaging.module.js';

export interface FoundationOptions {
  /** How this service verifies access tokens. */
  auth: AuthVerifyConfig;
  /** A provider (without `provide`) resolving to extra readiness checks. */
  healthChecks?: Omit<Provider, 'provide'> & Record<string, unknown>;
}

/**
 * What every service process runs on: JSON logs, the shared data source, one Redis client,
 * health endpoints, access-token verification, the outbox relay (every service writes events,
 * so each relays them; relays share the table safely) and the Prometheus registry with the pool,
 * outbox and queue gauges.
 */
export function serviceFoundation(name: string, config: SharedConfig, options: FoundationOptions): DynamicModule[] {
  return [
    LoggingModule.forRoot(name, config.logLevel, config.logFormat),
    DatabaseModule.forRoot({ ...config.database, applicationName: name }),
    RedisModule.forRoot(config.redis.url, name),
    HealthModule.forRoot(options.healthChecks),
    AuthModule.forRoot({ ...options.auth, revocationPrefix: config.redis.prefix }),
    OutboxRelayModule.forRoot({ databaseUrl: config.database.url, queuePrefix: config.redis.prefix }),
    MetricsModule.forRoot(name),
    FoundationMetricsModule.forRoot({ queuePrefix: config.redis.prefix }),
  ];
}
