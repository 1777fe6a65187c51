import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { type AttemptTicket, limitAttempt, REDIS, sha256Hex } from '#common';
import { IDENTITY_CONFIG, type IdentityConfig, type RateLimit } from '../config.js';

export type LimitedAction = 'sign-in' | 'password-reset';

export type RateLimitTicket = AttemptTicket;

/** Per-IP and per-email limits (Redis-backed). When Redis does not answer, requests are let through. */
@Injectable()
export class RateLimiter {
  private readonly logger = new Logger(RateLimiter.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {}

  /** Counts one attempt, or throws 429 TOO_MANY_REQUESTS with Retry-After. */
  consume(action: LimitedAction, ip: string, email: string): Promise<RateLimitTicket> {
    const limit: RateLimit = action === 'sign-in' ? this.config.rateLimits.signIn : this.config.rateLimits.passwordReset;
    const base = `${this.config.redis.prefix}:rate-limit:${action}`;
    // Emails are hashed: the keys are visible to anyone who can list Redis.
    const counters = [
      { key: `${base}:ip:${ip}`, limit: limit.perIp },
      { key: `${base}:email:${sha256Hex(email.toLowerCase())}`, limit: limit.perEmail },
    ];
    return limitAttempt(this.redis, { counters, windowMs: limit.windowSeconds * 1000, what: action, logger: this.logger });
  }
}
