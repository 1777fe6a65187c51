import { loadConfig, mapShared, portSchema, sharedEnvSchema, type SharedConfig } from '#common';

export const licensingEnvSchema = sharedEnvSchema.extend({
  LICENSING_PORT: portSchema(3002),
});

export type LicensingConfig = SharedConfig;

export function loadLicensingConfig(env: Record<string, string | undefined> = process.env): LicensingConfig {
  return loadConfig(licensingEnvSchema, env, (p) => mapShared(p, p.LICENSING_PORT));
}

export const LICENSING_CONFIG = Symbol('LICENSING_CONFIG');
