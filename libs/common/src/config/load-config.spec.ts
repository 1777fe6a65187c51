import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { ConfigError, loadConfig, mapShared, portSchema, sharedEnvSchema } from './load-config.js';

const schema = sharedEnvSchema.extend({ IDENTITY_PORT: portSchema(3001) });
const load = (env: Record<string, string | undefined>) =>
  loadConfig(schema, env, (p) => mapShared(p, p.IDENTITY_PORT));

describe('loadConfig', () => {
  it('maps a complete environment to typed config with defaults', () => {
    const config = load({ DATABASE_URL: 'postgres://u@h:5432/db', REDIS_URL: 'redis://h:6379' });
    expect(config.http.port).toBe(3001);
    expect(config.redis.prefix).toBe('lic');
    expect(config.database.poolSize).toBe(10);
  });

  it('names every missing or malformed setting at once', () => {
    let error: unknown;
    try {
      load({ DATABASE_URL: 'mysql://x', IDENTITY_PORT: 'eighty' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('REDIS_URL is required');
    expect(message).toContain('IDENTITY_PORT');
  });

  it('trusts X-Forwarded-For only when told to', () => {
    const base = { DATABASE_URL: 'postgres://u@h:5432/db', REDIS_URL: 'redis://h:6379' };
    expect(load(base).http.trustProxy).toBe(false);
    expect(load({ ...base, TRUST_PROXY: 'true' }).http.trustProxy).toBe(true);
    expect(() => load({ ...base, TRUST_PROXY: 'maybe' })).toThrow(/TRUST_PROXY/);
    expect(load({ ...base, TRUST_PROXY: 'loopback, 10.0.0.0/8' }).http.trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(() => load({ ...base, TRUST_PROXY: '10.0.0.0/99' })).toThrow(/TRUST_PROXY/);
  });

  it('treats empty strings as unset', () => {
    expect(() => load({ DATABASE_URL: '', REDIS_URL: 'redis://h' })).toThrow(/DATABASE_URL is required/);
  });

  it('accepts custom schemas', () => {
    const cfg = loadConfig(z.object({ A: z.string() }), { A: 'x' }, (p) => p.A);
    expect(cfg).toBe('x');
  });
});
