import { createPrivateKey } from 'node:crypto';
import { z } from 'zod';
import {
  authVerifyEnvSchema,
  ConfigError,
  DEFAULT_SERVICE_PORTS,
  loadConfig,
  mapShared,
  pemSchema,
  portSchema,
  positiveInt,
  sharedEnvSchema,
  type AuthVerifyConfig,
  type SharedConfig,
} from '#common';

const KID = /^[A-Za-z0-9._-]{1,64}$/;
const unescapePem = (v: string) => v.replace(/\\n/g, '\n');

const signingKeyList = z
  .array(
    z.object({
      kid: z.string().regex(KID, 'kid: letters, digits, . _ - (1 to 64)'),
      privateKey: z.string().transform(unescapePem).refine((v) => v.includes('-----BEGIN PRIVATE KEY-----'), 'privateKey must be a PKCS#8 PEM'),
    }),
  )
  .min(1);

const retiredKeyList = z.array(
  z.object({
    kid: z.string().regex(KID, 'kid: letters, digits, . _ - (1 to 64)'),
    publicKey: z.string().transform(unescapePem).refine((v) => v.includes('-----BEGIN PUBLIC KEY-----'), 'publicKey must be an SPKI PEM'),
  }),
);

/** A JSON value in an environment variable, validated by `schema`. */
const jsonOf = <T extends z.ZodType>(schema: T) =>
  z.string().transform((raw, ctx): z.output<T> => {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be JSON' });
      return z.NEVER;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: `${issue.path.join('.') || 'value'}: ${issue.message}` });
      return z.NEVER;
    }
    return parsed.data;
  });

export const activationEnvSchema = sharedEnvSchema.extend(authVerifyEnvSchema.shape).extend({
  ACTIVATION_PORT: portSchema(DEFAULT_SERVICE_PORTS.activation),
  /** HMAC secret of the license-key lookup hash; the same value licensing uses. */
  LICENSE_KEY_SECRET: z.string().min(16, 'must be at least 16 characters'),
  /**
   * Keys that sign license documents and offline files: a JSON array `[{"kid","privateKey"}]` of
   * Ed25519 PKCS#8 PEMs (the first signs, all are published), or one PEM with ACTIVATION_SIGNING_KEY_ID.
   */
  ACTIVATION_SIGNING_KEYS: z.string().min(1),
  ACTIVATION_SIGNING_KEY_ID: z.string().regex(KID).optional(),
  /** Public keys of retired signing keys that stay published: JSON `[{"kid","publicKey"}]`. */
  ACTIVATION_RETIRED_PUBLIC_KEYS: jsonOf(retiredKeyList).optional(),
  /** How long a proxy may trust a license document offline (never beyond the key's end). */
  ACTIVATION_DOCUMENT_VALIDITY_DAYS: positiveInt(30),
  /** Offline request files older than this are refused. */
  ACTIVATION_OFFLINE_FILE_MAX_AGE_DAYS: positiveInt(7),
  /** Key verifications and activations (unauthenticated) per client IP and minute. */
  ACTIVATION_KEY_RATE_LIMIT_PER_MINUTE: positiveInt(60),
});

export interface SigningKeySetting {
  kid: string;
  privateKeyPem: string;
}

export interface ActivationConfig extends SharedConfig {
  auth: AuthVerifyConfig;
  licenseKeySecret: string;
  signing: { keys: SigningKeySetting[]; retired: Array<{ kid: string; publicKeyPem: string }> };
  documentValidityDays: number;
  offlineFileMaxAgeDays: number;
  keyRateLimitPerMinute: number;
}

const singlePem = pemSchema('PRIVATE KEY');

function signingKeys(raw: string, singleKid: string | undefined): SigningKeySetting[] {
  const trimmed = raw.trim();
  if (trimmed.startsWith('[')) {
    const parsed = jsonOf(signingKeyList).safeParse(trimmed);
    if (!parsed.success) throw new SigningKeysError(parsed.error.issues.map((i) => i.message).join('; '));
    const kids = new Set(parsed.data.map((k) => k.kid));
    if (kids.size !== parsed.data.length) throw new SigningKeysError('key ids must be unique');
    return parsed.data.map((k) => ({ kid: k.kid, privateKeyPem: k.privateKey }));
  }
  const pem = singlePem.safeParse(trimmed);
  if (!pem.success) throw new SigningKeysError('must be a JSON array of {kid, privateKey} or one PKCS#8 PEM');
  if (!singleKid) throw new SigningKeysError('a single PEM needs ACTIVATION_SIGNING_KEY_ID');
  return [{ kid: singleKid, privateKeyPem: pem.data }];
}

class SigningKeysError extends Error {}

export function loadActivationConfig(env: Record<string, string | undefined> = process.env): ActivationConfig {
  return loadConfig(activationEnvSchema, env, (p) => {
    let keys: SigningKeySetting[];
    try {
      keys = signingKeys(p.ACTIVATION_SIGNING_KEYS, p.ACTIVATION_SIGNING_KEY_ID);
    } catch (err) {
      if (err instanceof SigningKeysError) throw new ConfigError([`ACTIVATION_SIGNING_KEYS: ${err.message}`]);
      throw err;
    }
    for (const key of keys) {
      let type: string | undefined;
      try {
        type = createPrivateKey(key.privateKeyPem).asymmetricKeyType;
      } catch {
        type = undefined;
      }
      if (type !== 'ed25519') throw new ConfigError([`ACTIVATION_SIGNING_KEYS: key "${key.kid}" is not an Ed25519 private key`]);
    }
    return {
      ...mapShared(p, p.ACTIVATION_PORT),
      auth: { publicKeyPem: p.AUTH_PUBLIC_KEY, issuer: p.AUTH_ISSUER },
      licenseKeySecret: p.LICENSE_KEY_SECRET,
      signing: { keys, retired: (p.ACTIVATION_RETIRED_PUBLIC_KEYS ?? []).map((k) => ({ kid: k.kid, publicKeyPem: k.publicKey })) },
      documentValidityDays: p.ACTIVATION_DOCUMENT_VALIDITY_DAYS,
      offlineFileMaxAgeDays: p.ACTIVATION_OFFLINE_FILE_MAX_AGE_DAYS,
      keyRateLimitPerMinute: p.ACTIVATION_KEY_RATE_LIMIT_PER_MINUTE,
    };
  });
}

export const ACTIVATION_CONFIG = Symbol('ACTIVATION_CONFIG');
