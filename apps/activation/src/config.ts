import { loadConfig, mapShared, portSchema, sharedEnvSchema, type SharedConfig } from '#common';

export const activationEnvSchema = sharedEnvSchema.extend({
  ACTIVATION_PORT: portSchema(3003),
});

export type ActivationConfig = SharedConfig;

export function loadActivationConfig(env: Record<string, string | undefined> = process.env): ActivationConfig {
  return loadConfig(activationEnvSchema, env, (p) => mapShared(p, p.ACTIVATION_PORT));
}

export const ACTIVATION_CONFIG = Symbol('ACTIVATION_CONFIG');
