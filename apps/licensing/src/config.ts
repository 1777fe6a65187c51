import { z } from 'zod';
import { mdmEnvSchema, resolveMdmConfig, type MdmConfig } from './mdm/mdm.config.js';
import { DEFAULT_SERVICE_PORTS, authVerifyEnvSchema, loadConfig, mapShared, portSchema, sharedEnvSchema, type AuthVerifyConfig, type SharedConfig } from '#common';

/** base64 of exactly 32 bytes (AES-256 key). */
const aes256KeySchema = z
  .string()
  .refine((v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, 'base64').length === 32, 'must be the base64 encoding of 32 bytes');

export const licensingEnvSchema = sharedEnvSchema.extend(authVerifyEnvSchema.shape).extend({
  LICENSING_PORT: portSchema(DEFAULT_SERVICE_PORTS.licensing),
  /** Optional MDM push certificate signing settings (MDM_*). */
  ...mdmEnvSchema.shape,
  /** HMAC secret of the license-key lookup hash; activation uses the same value. */
  LICENSE_KEY_SECRET: z.string().min(16, 'must be at least 16 characters'),
  /** AES-256-GCM key (base64 of 32 bytes) that encrypts stored license keys for display to admins. */
  LICENSE_KEY_ENCRYPTION_KEY: aes256KeySchema,
  /** Failed key registrations allowed per window, per client IP and per user (guessing keys). */
  KEY_REGISTRATION_LIMIT_PER_CLIENT: z.coerce.number().int().positive().default(30),
  KEY_REGISTRATION_LIMIT_PER_USER: z.coerce.number().int().positive().default(10),
  KEY_REGISTRATION_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
});

export interface LicensingConfig extends SharedConfig {
  auth: AuthVerifyConfig;
  /** MDM push certificate signing; null when the MDM_* settings are not given. */
  mdm: MdmConfig | null;
  licenseKeys: { hashSecret: string; encryptionKey: Buffer };
  keyRegistrationLimit: { perClient: number; perUser: number; windowSeconds: number };
}

export function loadLicensingConfig(env: Record<string, string | undefined> = process.env): LicensingConfig {
  return loadConfig(licensingEnvSchema, env, (p) => ({
    ...mapShared(p, p.LICENSING_PORT),
    auth: { publicKeyPem: p.AUTH_PUBLIC_KEY, issuer: p.AUTH_ISSUER },
    mdm: resolveMdmConfig(p),
    licenseKeys: { hashSecret: p.LICENSE_KEY_SECRET, encryptionKey: Buffer.from(p.LICENSE_KEY_ENCRYPTION_KEY, 'base64') },
    keyRegistrationLimit: {
      perClient: p.KEY_REGISTRATION_LIMIT_PER_CLIENT,
      perUser: p.KEY_REGISTRATION_LIMIT_PER_USER,
      windowSeconds: p.KEY_REGISTRATION_LIMIT_WINDOW_SECONDS,
    },
  }));
}

export const LICENSING_CONFIG = Symbol('LICENSING_CONFIG');
