import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppException, consumeCounters, REDIS, releaseCounters } from '#common';
import { sha256Hex } from '../common/secrets.js';
import { IdentityErrorCode } from '../common/identity-errors.js';
import { IDENTITY_CONFIG, type IdentityConfig, type RateLimit } from '../config.js';

export type LimitedAction = 'sign-in' | 'password-reset';

export interface RateLimitTicket {
  release: () => Promise<void>;
}

/** Per-IP and per-email limits (Redis-backed). When Redis does not answer, requests are let through. */
@Injectable()
export class RateLimiter {
  private readonly logger = new Logger(RateLimiter.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {}

  /** Counts one attempt, or throws 429 TOO_MANY_REQUESTS with Retry-After. */
  async consume(action: LimitedAction, ip: string, email: string): Promise<RateLimitTicket> {
    const limit: RateLimit = action === 'sign-in' ? this.config.rateLimits.signIn : this.config.rateLimits.passwordReset;
    const base = `${this.config.redis.prefix}:rate-limit:${action}`;
    // Emails are hashed: the keys are visible to anyone who can list Redis.
    const counters = [
      { key: `${base}:ip:${ip}`, limit: limit.perIp },
      { key: `${base}:email:${sha256Hex(email.toLowerCase())}`, limit: limit.perEmail },
    ];
    let waitMs: number;
    try {
      waitMs = await consumeCounters(this.redis, counters, limit.windowSeconds * 1000);
    } catch (err) {
      this.logger.warn(`Rate limit for ${action} not enforced (Redis unavailable): ${(err as Error).message}`);
      return { release: async () => undefined };
    }
    if (waitMs > 0) {
      const seconds = Math.max(1, Math.ceil(waitMs / 1000));
      throw new AppException(
        HttpStatus.TOO_MANY_REQUESTS,
        IdentityErrorCode.TOO_MANY_REQUESTS,
        `Too many attempts; try again in ${seconds} seconds`,
        { retryAfterSeconds: seconds },
        { 'retry-after': String(seconds) },
      );
    }
    return {
      release: async () => {
        try {
          await releaseCounters(this.redis, counters.map((c) => c.key));
        } catch (err) {
          this.logger.warn(`Rate limit counter not released: ${(err as Error).message}`);
        }
      },
    };
  }
}
