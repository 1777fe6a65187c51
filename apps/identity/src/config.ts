import { z } from 'zod';
import { loadConfig, mapShared, pemSchema, portSchema, positiveInt, sharedEnvSchema, type SharedConfig } from '#common';

export const identityEnvSchema = sharedEnvSchema.extend({
  IDENTITY_PORT: portSchema(3001),
  /** Ed25519 private key (PKCS#8 PEM) that signs access tokens. */
  AUTH_PRIVATE_KEY: pemSchema('PRIVATE KEY'),
  AUTH_ISSUER: z.string().default('licensing-identity'),
  ACCESS_TOKEN_TTL_SECONDS: positiveInt(900),
  PASSWORD_HASH_MEMORY_KIB: positiveInt(19_456),
  PASSWORD_HASH_ITERATIONS: positiveInt(2),
});

export interface IdentityConfig extends SharedConfig {
  auth: { privateKeyPem: string; issuer: string; accessTokenTtlSeconds: number };
  passwordHash: { memoryKib: number; iterations: number };
}

export function loadIdentityConfig(env: Record<string, string | undefined> = process.env): IdentityConfig {
  return loadConfig(identityEnvSchema, env, (p) => ({
    ...mapShared(p, p.IDENTITY_PORT),
    auth: { privateKeyPem: p.AUTH_PRIVATE_KEY, issuer: p.AUTH_ISSUER, accessTokenTtlSeconds: p.ACCESS_TOKEN_TTL_SECONDS },
    passwordHash: { memoryKib: p.PASSWORD_HASH_MEMORY_KIB, iterations: p.PASSWORD_HASH_ITERATIONS },
  }));
}

export const IDENTITY_CONFIG = Symbol('IDENTITY_CONFIG');
