import { z } from 'zod';
import { booleanFlag, DEFAULT_SERVICE_PORTS, loadConfig, logFormatSchema, portSchema, positiveInt, type LogFormat } from '#common';
import type { UpstreamService } from './routes.js';

const upstreamUrl = (service: UpstreamService) =>
  z
    .string()
    .url()
    .refine((v) => /^https?:\/\//.test(v), 'must be an http:// or https:// URL')
    .default(`http://127.0.0.1:${DEFAULT_SERVICE_PORTS[service]}`);

/** Comma-separated origins (`https://portal.example.com`); each must be a bare origin. */
const originList = z
  .string()
  .default('')
  .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
  .refine((list) => list.every((o) => /^https?:\/\/[^/]+$/.test(o)), 'origins are scheme://host[:port], comma-separated, without a path');

export const gatewayEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: logFormatSchema,
  HTTP_HOST: z.string().default('0.0.0.0'),
  GATEWAY_PORT: portSchema(8080),
  SHUTDOWN_GRACE_MS: positiveInt(10_000),
  IDENTITY_URL: upstreamUrl('identity'),
  LICENSING_URL: upstreamUrl('licensing'),
  ACTIVATION_URL: upstreamUrl('activation'),
  NOTIFICATION_URL: upstreamUrl('notification'),
  /** Upstream answer timeout; a slower service answers 504 UPSTREAM_TIMEOUT. */
  GATEWAY_UPSTREAM_TIMEOUT_MS: positiveInt(30_000),
  /** The portal's built files (index.html and assets); relative paths are from the working directory. */
  PORTAL_DIR: z.string().default('apps/portal/dist'),
  /** Origins allowed to call the APIs from a browser (CORS); empty: none but the gateway's own. */
  CORS_ORIGINS: originList,
  /**
   * Another proxy (a load balancer) in front of the gateway: keep its X-Forwarded-For chain.
   * Off, the gateway is the edge and replaces whatever X-Forwarded-For a client sent.
   */
  GATEWAY_TRUST_PROXY: booleanFlag(false),
});

export interface GatewayConfig {
  env: 'development' | 'test' | 'production';
  logLevel: string;
  logFormat: LogFormat;
  http: { host: string; port: number; shutdownGraceMs: number; trustProxy: boolean };
  upstreams: Record<UpstreamService, string>;
  upstreamTimeoutMs: number;
  portalDir: string;
  corsOrigins: string[];
}

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  return loadConfig(gatewayEnvSchema, env, (p) => ({
    env: p.NODE_ENV,
    logLevel: p.LOG_LEVEL,
    logFormat: p.LOG_FORMAT,
    http: { host: p.HTTP_HOST, port: p.GATEWAY_PORT, shutdownGraceMs: p.SHUTDOWN_GRACE_MS, trustProxy: p.GATEWAY_TRUST_PROXY },
    // A new service that the gateway does not route fails to compile here.
    upstreams: { identity: p.IDENTITY_URL, licensing: p.LICENSING_URL, activation: p.ACTIVATION_URL, notification: p.NOTIFICATION_URL } satisfies Record<
      UpstreamService,
      string
    >,
    upstreamTimeoutMs: p.GATEWAY_UPSTREAM_TIMEOUT_MS,
    portalDir: p.PORTAL_DIR,
    corsOrigins: p.CORS_ORIGINS,
  }));
}
