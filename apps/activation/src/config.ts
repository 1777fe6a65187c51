import { authVerifyEnvSchema, loadConfig, mapShared, portSchema, sharedEnvSchema, type AuthVerifyConfig, type SharedConfig } from '#common';

export const activationEnvSchema = sharedEnvSchema.extend(authVerifyEnvSchema.shape).extend({
  ACTIVATION_PORT: portSchema(3003),
});

export interface ActivationConfig extends SharedConfig {
  auth: AuthVerifyConfig;
}

export function loadActivationConfig(env: Record<string, string | undefined> = process.env): ActivationConfig {
  return loadConfig(activationEnvSchema, env, (p) => ({
    ...mapShared(p, p.ACTIVATION_PORT),
    auth: { publicKeyPem: p.AUTH_PUBLIC_KEY, issuer: p.AUTH_ISSUER },
  }));
}

export const ACTIVATION_CONFIG = Symbol('ACTIVATION_CONFIG');
