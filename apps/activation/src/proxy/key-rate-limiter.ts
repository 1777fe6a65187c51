import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DomainError, CommonErrorCode, REDIS, withTimeout } from '#common';
import { ACTIVATION_CONFIG, type ActivationConfig } from '../config.js';

/**
 * Per-IP, per-minute limit on the unauthenticated endpoints that take a license key (verify,
 * activate), shared by every replica through Redis. When Redis does not answer within 300 ms the
 * request is let through: keys carry 120 random bits, so the limit is about load, not secrecy.
 */
@Injectable()
export class KeyRateLimiter {
  private readonly logger = new Logger(KeyRateLimiter.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(ACTIVATION_CONFIG) private readonly config: ActivationConfig,
  ) {}

  async consume(bucket: 'verify' | 'activate', ip: string): Promise<void> {
    const minute = Math.floor(Date.now() / 60_000);
    const key = `${this.config.redis.prefix}:activation:rl:${bucket}:${ip}:${minute}`;
    let count: number;
    try {
      const result = await withTimeout(this.redis.multi().incr(key).expire(key, 120).exec(), 300, 'timeout');
      count = Number(result?.[0]?.[1] ?? 0);
    } catch (err) {
      this.logger.warn(`Rate limit check skipped: ${(err as Error).message}`);
      return;
    }
    if (count > this.config.keyRateLimitPerMinute) {
      const retryAfter = String(60 - Math.floor((Date.now() / 1000) % 60));
      throw new DomainError(
        CommonErrorCode.TOO_MANY_REQUESTS,
        `Too many license key requests; try again in ${retryAfter} seconds`,
        { retryAfterSeconds: Number(retryAfter), limitPerMinute: this.config.keyRateLimitPerMinute },
      );
    }
  }
}
