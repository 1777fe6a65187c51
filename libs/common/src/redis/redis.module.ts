import { DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';

export const REDIS = Symbol('REDIS');

/** One ioredis client per process for commands (rate limits, health, queue producers). */
export function createRedisClient(url: string, name: string): Redis {
  const logger = new Logger(`Redis:${name}`);
  const client = new Redis(url, {
    // BullMQ requires this for blocking connections; for commands it means "wait for Redis",
    // which is what callers want: the outbox relay and health checks put their own timeouts around calls.
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    lazyConnect: false,
    connectionName: name,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  let lastError = '';
  client.on('error', (err: Error) => {
    // ioredis repeats the same error on every reconnect attempt; log each distinct one once.
    if (err.message !== lastError) logger.warn(`Redis connection problem: ${err.message}`);
    lastError = err.message;
  });
  client.on('ready', () => {
    if (lastError) logger.log('Redis connection restored');
    lastError = '';
  });
  return client;
}

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    // QUIT waits for Redis; when Redis is unreachable the commands would queue forever.
    if (this.redis.status !== 'ready') {
      this.redis.disconnect();
      return;
    }
    const timer = setTimeout(() => this.redis.disconnect(), 2000);
    await this.redis.quit().catch(() => this.redis.disconnect());
    clearTimeout(timer);
  }
}

@Global()
@Module({})
export class RedisModule {
  static forRoot(url: string, name: string): DynamicModule {
    return {
      module: RedisModule,
      providers: [{ provide: REDIS, useFactory: () => createRedisClient(url, name) }, RedisCloser],
      exports: [REDIS],
    };
  }
}
