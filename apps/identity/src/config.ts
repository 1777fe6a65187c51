import { z } from 'zod';
import { DEFAULT_SERVICE_PORTS, booleanFlag, loadConfig, mapShared, pemSchema, portSchema, positiveInt, sharedEnvSchema, type SharedConfig } from '#common';

const optionalText = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());
const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional());

export const identityEnvSchema = sharedEnvSchema.extend({
  IDENTITY_PORT: portSchema(DEFAULT_SERVICE_PORTS.identity),
  /** Ed25519 private key (PKCS#8 PEM) that signs access tokens. */
  AUTH_PRIVATE_KEY: pemSchema('PRIVATE KEY'),
  AUTH_ISSUER: z.string().default('licensing-identity'),
  ACCESS_TOKEN_TTL_SECONDS: positiveInt(900),
  /** Session lifetime without "keep me signed in" (from sign-in, not extended). */
  SESSION_TTL_SECONDS: positiveInt(12 * 3600),
  /** Session lifetime with "keep me signed in" (extended at every refresh). */
  SESSION_KEEP_SIGNED_IN_TTL_SECONDS: positiveInt(30 * 86_400),
  /** A refresh token presented again this soon after its use answers the same new pair (parallel tabs); 0: never. */
  REFRESH_REUSE_GRACE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
  /** The browser flow's refresh cookie: Secure (false only for local http), SameSite, and its path on the gateway. */
  REFRESH_COOKIE_SECURE: booleanFlag(true),
  REFRESH_COOKIE_SAME_SITE: z.enum(['strict', 'lax', 'none']).default('strict'),
  REFRESH_COOKIE_PATH: z.string().regex(/^\/[A-Za-z0-9/_-]*$/, 'an absolute path').default('/api/identity/auth'),
  PASSWORD_HASH_MEMORY_KIB: positiveInt(19_456),
  PASSWORD_HASH_ITERATIONS: positiveInt(2),
  PASSWORD_RESET_TTL_SECONDS: positiveInt(3600),
  INVITATION_TTL_SECONDS: positiveInt(7 * 86_400),
  /** How long the link that confirms a new email works. */
  EMAIL_CHANGE_TTL_SECONDS: positiveInt(86_400),
  /** The cleanup job: how often (0: never in this process), and how long finished rows are kept. */
  CLEANUP_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(3600),
  CLEANUP_SESSION_GRACE_DAYS: z.coerce.number().int().min(0).default(7),
  CLEANUP_INVITATION_RETENTION_DAYS: z.coerce.number().int().min(0).default(30),
  CLEANUP_OFFLINE_NONCE_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
  /** Failed sign-ins allowed per window, per client IP and per email. */
  SIGN_IN_LIMIT_PER_IP: positiveInt(50),
  SIGN_IN_LIMIT_PER_EMAIL: positiveInt(5),
  SIGN_IN_LIMIT_WINDOW_SECONDS: positiveInt(900),
  /** Forgot-password requests allowed per window, per client IP and per email. */
  PASSWORD_RESET_LIMIT_PER_IP: positiveInt(20),
  PASSWORD_RESET_LIMIT_PER_EMAIL: positiveInt(3),
  PASSWORD_RESET_LIMIT_WINDOW_SECONDS: positiveInt(3600),
  /**
   * Sign-in through other parties. Each provider is off until its client id and secret are set.
   * PUBLIC_URL is the gateway's origin as browsers reach it (the callback is
   * PUBLIC_URL/api/identity/auth/social/callback); unset, it is taken from the gateway's X-Forwarded-Host.
   */
  PUBLIC_URL: optionalUrl,
  GOOGLE_CLIENT_ID: optionalText,
  GOOGLE_CLIENT_SECRET: optionalText,
  GOOGLE_ISSUER: z.string().url().default('https://accounts.google.com'),
  FACEBOOK_CLIENT_ID: optionalText,
  FACEBOOK_CLIENT_SECRET: optionalText,
  FACEBOOK_AUTHORIZATION_URL: z.string().url().default('https://www.facebook.com/v23.0/dialog/oauth'),
  FACEBOOK_GRAPH_URL: z.string().url().default('https://graph.facebook.com/v23.0'),
  /** Allow http:// issuers (local test providers only; never in production). */
  OIDC_ALLOW_INSECURE_HTTP: booleanFlag(false),
  /** How long a started sign-in with a provider, and its follow-up step (terms, password), may take. */
  SOCIAL_FLOW_TTL_SECONDS: positiveInt(600),
  /** Time allowed for each call to a provider. */
  SOCIAL_PROVIDER_TIMEOUT_SECONDS: positiveInt(10),
  /** 32 bytes, base64: the key that encrypts accounts' SSO client secrets; unset, derived from AUTH_PRIVATE_KEY. */
  SSO_SECRET_KEY: optionalText,
});

export interface OAuthClientSettings {
  clientId: string;
  clientSecret: string;
}

export interface SocialConfig {
  publicUrl?: string;
  google?: OAuthClientSettings & { issuer: string };
  facebook?: OAuthClientSettings & { authorizationUrl: string; graphUrl: string };
  allowInsecureHttp: boolean;
  flowTtlSeconds: number;
  providerTimeoutSeconds: number;
  ssoSecretKey?: string;
}

export interface RateLimit {
  perIp: number;
  perEmail: number;
  windowSeconds: number;
}

export interface IdentityConfig extends SharedConfig {
  auth: { privateKeyPem: string; issuer: string; accessTokenTtlSeconds: number };
  sessions: { ttlSeconds: number; keepSignedInTtlSeconds: number; refreshReuseGraceSeconds: number };
  passwordHash: { memoryKib: number; iterations: number };
  refreshCookie: { secure: boolean; sameSite: 'strict' | 'lax' | 'none'; path: string };
  passwordResetTtlSeconds: number;
  invitationTtlSeconds: number;
  emailChangeTtlSeconds: number;
  cleanup: { intervalSeconds: number; sessionGraceDays: number; invitationRetentionDays: number; offlineNonceRetentionDays: number };
  rateLimits: { signIn: RateLimit; passwordReset: RateLimit };
  social: SocialConfig;
}

export function loadIdentityConfig(env: Record<string, string | undefined> = process.env): IdentityConfig {
  return loadConfig(identityEnvSchema, env, (p) => ({
    ...mapShared(p, p.IDENTITY_PORT),
    auth: { privateKeyPem: p.AUTH_PRIVATE_KEY, issuer: p.AUTH_ISSUER, accessTokenTtlSeconds: p.ACCESS_TOKEN_TTL_SECONDS },
    sessions: { ttlSeconds: p.SESSION_TTL_SECONDS, keepSignedInTtlSeconds: p.SESSION_KEEP_SIGNED_IN_TTL_SECONDS, refreshReuseGraceSeconds: p.REFRESH_REUSE_GRACE_SECONDS },
    refreshCookie: { secure: p.REFRESH_COOKIE_SECURE, sameSite: p.REFRESH_COOKIE_SAME_SITE, path: p.REFRESH_COOKIE_PATH },
    passwordHash: { memoryKib: p.PASSWORD_HASH_MEMORY_KIB, iterations: p.PASSWORD_HASH_ITERATIONS },
    passwordResetTtlSeconds: p.PASSWORD_RESET_TTL_SECONDS,
    invitationTtlSeconds: p.INVITATION_TTL_SECONDS,
    emailChangeTtlSeconds: p.EMAIL_CHANGE_TTL_SECONDS,
    cleanup: {
      intervalSeconds: p.CLEANUP_INTERVAL_SECONDS,
      sessionGraceDays: p.CLEANUP_SESSION_GRACE_DAYS,
      invitationRetentionDays: p.CLEANUP_INVITATION_RETENTION_DAYS,
      offlineNonceRetentionDays: p.CLEANUP_OFFLINE_NONCE_RETENTION_DAYS,
    },
    rateLimits: {
      signIn: { perIp: p.SIGN_IN_LIMIT_PER_IP, perEmail: p.SIGN_IN_LIMIT_PER_EMAIL, windowSeconds: p.SIGN_IN_LIMIT_WINDOW_SECONDS },
      passwordReset: {
        perIp: p.PASSWORD_RESET_LIMIT_PER_IP,
        perEmail: p.PASSWORD_RESET_LIMIT_PER_EMAIL,
        windowSeconds: p.PASSWORD_RESET_LIMIT_WINDOW_SECONDS,
      },
    },
    social: {
      publicUrl: p.PUBLIC_URL?.replace(/\/$/, ''),
      google:
        p.GOOGLE_CLIENT_ID && p.GOOGLE_CLIENT_SECRET
          ? { clientId: p.GOOGLE_CLIENT_ID, clientSecret: p.GOOGLE_CLIENT_SECRET, issuer: p.GOOGLE_ISSUER }
          : undefined,
      facebook:
        p.FACEBOOK_CLIENT_ID && p.FACEBOOK_CLIENT_SECRET
          ? {
              clientId: p.FACEBOOK_CLIENT_ID,
              clientSecret: p.FACEBOOK_CLIENT_SECRET,
              authorizationUrl: p.FACEBOOK_AUTHORIZATION_URL,
              graphUrl: p.FACEBOOK_GRAPH_URL.replace(/\/$/, ''),
            }
          : undefined,
      allowInsecureHttp: p.OIDC_ALLOW_INSECURE_HTTP,
      flowTtlSeconds: p.SOCIAL_FLOW_TTL_SECONDS,
      providerTimeoutSeconds: p.SOCIAL_PROVIDER_TIMEOUT_SECONDS,
      ssoSecretKey: p.SSO_SECRET_KEY,
    },
  }));
}

export const IDENTITY_CONFIG = Symbol('IDENTITY_CONFIG');
