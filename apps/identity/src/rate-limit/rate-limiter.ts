import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppException, REDIS } from '#common';
import { sha256Hex } from '../common/secrets.js';
import { IdentityErrorCode } from '../common/identity-errors.js';
import { IDENTITY_CONFIG, type IdentityConfig, type RateLimit } from '../config.js';

/**
 * Checks every counter first and counts only when all are under their limit, atomically in Redis,
 * so replicas share the counts and a refused request does not extend the lockout. Returns 0 when
 * allowed, otherwise the milliseconds until the fullest counter's window ends.
 * KEYS: counters; ARGV: one limit per key, then the window in ms.
 */
const CONSUME = `
local window = tonumber(ARGV[#KEYS + 1])
local wait = 0
for i, key in ipairs(KEYS) do
  local count = tonumber(redis.call('GET', key) or '0')
  if count >= tonumber(ARGV[i]) then
    local ttl = redis.call('PTTL', key)
    if ttl < 0 then
      redis.call('PEXPIRE', key, window)
      ttl = window
    end
    if ttl > wait then wait = ttl end
  end
end
if wait > 0 then return wait end
for _, key in ipairs(KEYS) do
  if redis.call('INCR', key) == 1 then redis.call('PEXPIRE', key, window) end
end
return 0
`;

/** Gives back what CONSUME counted (a successful sign-in is not a failure). */
const RELEASE = `
for _, key in ipairs(KEYS) do
  if redis.call('DECR', key) <= 0 then redis.call('DEL', key) end
end
return 0
`;

const REDIS_TIMEOUT_MS = 500;

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
    const keys = [`${base}:ip:${ip}`, `${base}:email:${sha256Hex(email.toLowerCase())}`];
    let waitMs: number;
    try {
      waitMs = Number(
        await this.withTimeout(this.redis.eval(CONSUME, keys.length, ...keys, limit.perIp, limit.perEmail, limit.windowSeconds * 1000)),
      );
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
          await this.withTimeout(this.redis.eval(RELEASE, keys.length, ...keys));
        } catch (err) {
          this.logger.warn(`Rate limit counter not released: ${(err as Error).message}`);
        }
      },
    };
  }

  private withTimeout<T>(promise: Promise<T>): Promise<T> {
    return Promise.race([
      promise,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), REDIS_TIMEOUT_MS).unref()),
    ]);
  }
}
