import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { type AttemptTicket, limitAttempt, REDIS, sha256Hex } from '#common';
import { LICENSING_CONFIG, type LicensingConfig } from '../config.js';

export type RegistrationTicket = AttemptTicket;

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

  consume(clientIp: string, userId: string): Promise<RegistrationTicket> {
    const limit = this.config.keyRegistrationLimit;
    const base = `${this.config.redis.prefix}:rate-limit:key-registration`;
    // The IP is hashed: the keys are visible to anyone who can list Redis.
    const counters = [
      { key: `${base}:client:${sha256Hex(clientIp)}`, limit: limit.perClient },
      { key: `${base}:user:${userId}`, limit: limit.perUser },
    ];
    return limitAttempt(this.redis, { counters, windowMs: limit.windowSeconds * 1000, what: 'key registration', logger: this.logger });
  }
}
