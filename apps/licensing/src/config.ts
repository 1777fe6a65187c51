import { authVerifyEnvSchema, loadConfig, mapShared, portSchema, sharedEnvSchema, type AuthVerifyConfig, type SharedConfig } from '#common';

export const licensingEnvSchema = sharedEnvSchema.extend(authVerifyEnvSchema.shape).extend({
  LICENSING_PORT: portSchema(3002),
});

export interface LicensingConfig extends SharedConfig {
  auth: AuthVerifyConfig;
}

export function loadLicensingConfig(env: Record<string, string | undefined> = process.env): LicensingConfig {
  return loadConfig(licensingEnvSchema, env, (p) => ({
    ...mapShared(p, p.LICENSING_PORT),
    auth: { publicKeyPem: p.AUTH_PUBLIC_KEY, issuer: p.AUTH_ISSUER },
  }));
}

export const LICENSING_CONFIG = Symbol('LICENSING_CONFIG');
