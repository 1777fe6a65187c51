import { createHash } from 'node:crypto';
import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppException, CommonErrorCode, consumeCounters, REDIS, releaseCounters } from '#common';
import { LICENSING_CONFIG, type LicensingConfig } from '../config.js';

export interface RegistrationTicket {
  /** The registration succeeded: it does not count against the limits. */
  release: () => Promise<void>;
}

/**
 * Failed key registrations per client IP and per user, in Redis like identity's sign-in limits, so
 * that nobody guesses keys by trying them. When Redis does not answer, registrations are let through.
 */
@Injectable()
export class KeyRegistrationLimiter {
  private readonly logger = new Logger(KeyRegistrationLimiter.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LICENSING_CONFIG) private readonly config: LicensingConfig,
  ) {}

  async consume(clientIp: string, userId: string): Promise<RegistrationTicket> {
    const limit = this.config.keyRegistrationLimit;
    const base = `${this.config.redis.prefix}:rate-limit:key-registration`;
    // The IP is hashed: the keys are visible to anyone who can list Redis.
    const counters = [
      { key: `${base}:client:${createHash('sha256').update(clientIp).digest('hex')}`, limit: limit.perClient },
      { key: `${base}:user:${userId}`, limit: limit.perUser },
    ];
    let waitMs: number;
    try {
      waitMs = await consumeCounters(this.redis, counters, limit.windowSeconds * 1000);
    } catch (err) {
      this.logger.warn(`Key registration rate limit not enforced (Redis unavailable): ${(err as Error).message}`);
      return { release: async () => undefined };
    }
    if (waitMs > 0) {
      const seconds = Math.max(1, Math.ceil(waitMs / 1000));
      throw new AppException(
        HttpStatus.TOO_MANY_REQUESTS,
        CommonErrorCode.TOO_MANY_REQUESTS,
        `Too many key registration attempts; try again in ${seconds} seconds`,
        { retryAfterSeconds: seconds },
        { 'retry-after': String(seconds) },
      );
    }
    return {
      release: async () => {
        try {
          await releaseCounters(this.redis, counters.map((c) => c.key));
        } catch (err) {
          this.logger.warn(`Key registration counter not released: ${(err as Error).message}`);
        }
      },
    };
  }
}
