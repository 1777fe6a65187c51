import type { Redis } from 'ioredis';

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

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), REDIS_TIMEOUT_MS).unref())]);
}

/** Counts one attempt on every counter; the milliseconds to wait when one is full (0: allowed). Throws when Redis does not answer. */
export async function consumeCounters(redis: Redis, counters: Array<{ key: string; limit: number }>, windowMs: number): Promise<number> {
  const keys = counters.map((c) => c.key);
  return Number(await withTimeout(redis.eval(CONSUME, keys.length, ...keys, ...counters.map((c) => c.limit), windowMs)));
}

/** Gives back what `consumeCounters` counted (e.g. the attempt succeeded). */
export async function releaseCounters(redis: Redis, keys: string[]): Promise<void> {
  await withTimeout(redis.eval(RELEASE, keys.length, ...keys));
}
