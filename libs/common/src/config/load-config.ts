import { isIP } from 'node:net';
import { z } from 'zod';

/** Thrown when the environment does not describe a runnable service; the message names every bad setting. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment with a zod schema whose keys are the environment variable names,
 * then maps it to the app's typed config. Every problem is reported at once, by variable name.
 */
export function loadConfig<S extends z.ZodObject, T>(
  schema: S,
  env: Record<string, string | undefined>,
  map: (parsed: z.output<S>) => T,
): T {
  const cleaned: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value !== '') cleaned[key] = value;
  }
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = issue.path.join('.') || '(root)';
        return issue.code === 'invalid_type' && cleaned[name] === undefined
          ? `${name} is required`
          : `${name}: ${issue.message}`;
      }),
    );
  }
  return map(result.data);
}

/** Port numbers from the environment. */
export const portSchema = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

/** Milliseconds / counts and other positive integers. */
export const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const booleanFlag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// URL');
const redisUrl = z
  .string()
  .url()
  .refine((v) => /^rediss?:\/\//.test(v), 'must be a redis:// URL');

const TRUSTED_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const isTrustedEntry = (entry: string): boolean => {
  const [address, bits, extra] = entry.split('/');
  if (extra !== undefined || !address) return false;
  if (TRUSTED_NAMES.has(address) && bits === undefined) return true;
  const family = isIP(address);
  return family !== 0 && (bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128)));
};

/**
 * `false` (clients connect directly), `true` (every peer is a proxy), or the proxies to trust:
 * addresses, CIDRs and `loopback` / `linklocal` / `uniquelocal`, comma-separated (e.g. the gateway's).
 */
export const trustProxySchema = z
  .string()
  .default('false')
  .transform((v): boolean | string[] => {
    const value = v.trim().toLowerCase();
    if (['true', '1', 'yes'].includes(value)) return true;
    if (['false', '0', 'no'].includes(value)) return false;
    return value.split(',').map((e) => e.trim()).filter(Boolean);
  })
  .refine((v) => typeof v === 'boolean' || (v.length > 0 && v.every(isTrustedEntry)), 'true, false, or comma-separated addresses/CIDRs (loopback, linklocal, uniquelocal allowed)');

/** `auto`: pretty-printed when stdout is a terminal, JSON lines otherwise. */
export const logFormatSchema = z.enum(['auto', 'pretty', 'json']).default('auto');
export type LogFormat = z.output<typeof logFormatSchema>;

/** Settings every service reads. */
export const sharedEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: logFormatSchema,
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_SIZE: positiveInt(10),
  REDIS_URL: redisUrl,
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]+$/, 'letters, digits, - and _ only')
    .default('lic'),
  HTTP_HOST: z.string().default('0.0.0.0'),
  HTTP_BODY_LIMIT_BYTES: positiveInt(1_048_576),
  /** Behind a reverse proxy or load balancer (the gateway): take the client IP from X-Forwarded-For. */
  TRUST_PROXY: trustProxySchema,
  SHUTDOWN_GRACE_MS: positiveInt(10_000),
});

export interface SharedConfig {
  env: 'development' | 'test' | 'production';
  logLevel: string;
  logFormat: LogFormat;
  database: { url: string; poolSize: number };
  redis: { url: string; prefix: string };
  http: { host: string; port: number; bodyLimitBytes: number; shutdownGraceMs: number; trustProxy: boolean | string[] };
}

export function mapShared(parsed: z.output<typeof sharedEnvSchema>, port: number): SharedConfig {
  return {
    env: parsed.NODE_ENV,
    logLevel: parsed.LOG_LEVEL,
    logFormat: parsed.LOG_FORMAT,
    database: { url: parsed.DATABASE_URL, poolSize: parsed.DATABASE_POOL_SIZE },
    redis: { url: parsed.REDIS_URL, prefix: parsed.QUEUE_PREFIX },
    http: {
      host: parsed.HTTP_HOST,
      port,
      bodyLimitBytes: parsed.HTTP_BODY_LIMIT_BYTES,
      trustProxy: parsed.TRUST_PROXY,
      shutdownGraceMs: parsed.SHUTDOWN_GRACE_MS,
    },
  };
}

/** A PEM value from the environment; `\n` escapes (one-line .env values) are accepted. */
export const pemSchema = (label: string) =>
  z
    .string()
    .transform((v) => v.replace(/\\n/g, '\n'))
    .refine((v) => v.includes(`-----BEGIN ${label}-----`), `must be a PEM ${label}`);

/** Settings of the services that verify access tokens issued by identity. */
export const authVerifyEnvSchema = z.object({
  /** Ed25519 public key (SPKI PEM) matching identity's AUTH_PRIVATE_KEY. */
  AUTH_PUBLIC_KEY: pemSchema('PUBLIC KEY'),
  AUTH_ISSUER: z.string().default('licensing-identity'),
});

export interface AuthVerifyConfig {
  publicKeyPem: string;
  issuer: string;
}
