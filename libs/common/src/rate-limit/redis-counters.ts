import type { Redis } from 'ioredis';
import { DomainError } from '../errors/domain-error.js';
import { CommonErrorCode } from '../errors/error-codes.js';
import { withTimeout } from '../util/with-timeout.js';

/**
 * Checks every counter first and counts only when all are under their limit, atomically in Redis,
 * so replicas share the counts and a refused request does not extend the lockout. Returns 0 when
 * allowed, otherwise the milliseconds until the fullest counter's window ends.
 * KEYS: counters; ARGV: one limit per key, then the window in ms. Used by identity (sign-in, password
 * reset) and licensing (key registration).
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

const RELEASE = `
for _, key in ipairs(KEYS) do
  if redis.call('DECR', key) <= 0 then redis.call('DEL', key) end
end
return 0
`;

const REDIS_TIMEOUT_MS = 500;

const redisTimeout = <T>(promise: Promise<T>): Promise<T> => withTimeout(promise, REDIS_TIMEOUT_MS, 'timeout');

/** Counts one attempt on every counter; the milliseconds to wait when one is full (0: allowed). Throws when Redis does not answer. */
export async function consumeCounters(redis: Redis, counters: Array<{ key: string; limit: number }>, windowMs: number): Promise<number> {
  const keys = counters.map((c) => c.key);
  return Number(await redisTimeout(redis.eval(CONSUME, keys.length, ...keys, ...counters.map((c) => c.limit), windowMs)));
}

/** Gives back what `consumeCounters` counted (e.g. the attempt succeeded). */
export async function releaseCounters(redis: Redis, keys: string[]): Promise<void> {
  await redisTimeout(redis.eval(RELEASE, keys.length, ...keys));
}

export interface AttemptTicket {
  /** The attempt succeeded: it does not count against the limits. */
  release: () => Promise<void>;
}

export interface AttemptLimit {
  counters: Array<{ key: string; limit: number }>;
  windowMs: number;
  /** What is limited, for the 429 message and the logs, e.g. "sign-in". */
  what: string;
  logger: { warn: (message: string) => void };
}

/**
 * Counts one attempt on every counter, or throws 429 TOO_MANY_REQUESTS with Retry-After when one is
 * full. When Redis does not answer, the attempt is let through (and logged) rather than refused.
 */
export async function limitAttempt(redis: Redis, { counters, windowMs, what, logger }: AttemptLimit): Promise<AttemptTicket> {
  let waitMs: number;
  try {
    waitMs = await consumeCounters(redis, counters, windowMs);
  } catch (err) {
    logger.warn(`Rate limit for ${what} not enforced (Redis unavailable): ${(err as Error).message}`);
    return { release: async () => undefined };
  }
  if (waitMs > 0) {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    throw new DomainError(
      CommonErrorCode.TOO_MANY_REQUESTS,
      `Too many ${what} attempts; try again in ${seconds} seconds`,
      { retryAfterSeconds: seconds },
    );
  }
  return {
    release: async () => {
      try {
        await releaseCounters(redis, counters.map((c) => c.key));
      } catch (err) {
        logger.warn(`Rate limit counter for ${what} not released: ${(err as Error).message}`);
      }
    },
  };
}
