import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ConfigError, type SharedConfig } from '../config/load-config.js';
import type { Registry } from 'prom-client';
import { installHttpMetrics } from '../metrics/http-metrics.js';
import { METRICS_REGISTRY } from '../metrics/metrics.module.js';
import { buildOpenApiDocument, createHttpApp, listen, setupDocs, type ServiceDescription } from './create-app.js';

/**
 * The HTTP services of the product, in the order the documents, the gateway and the scripts list
 * them. Each has a `ServiceDefinition` in `apps/<name>/src/<name>.definition.ts`, all of them in
 * `apps/services.ts`.
 */
export const SERVICE_NAMES = ['identity', 'licensing', 'activation', 'notification'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** The port each service listens on unless its `<NAME>_PORT` says otherwise; the gateway's default upstreams. */
export const DEFAULT_SERVICE_PORTS: Readonly<Record<ServiceName, number>> = { identity: 3001, licensing: 3002, activation: 3003, notification: 3004 };

/** Everything needed to start one service, document it, or boot it in a test. */
export interface ServiceDefinition<C extends SharedConfig> {
  description: ServiceDescription;
  loadConfig: (env: Record<string, string | undefined>) => C;
  module: (config: C) => DynamicModule;
  /**
   * Runs once the app is built, before Nest registers its routes on Fastify: where a service installs
   * route-level Fastify options (an `onRoute` hook), given the OpenAPI document the routes are described by.
   */
  beforeRoutes?: (app: NestFastifyApplication, document: OpenAPIObject) => void;
}

/** Builds and initialises the app with its docs; does not listen. */
export async function buildService<C extends SharedConfig>(
  definition: ServiceDefinition<C>,
  config: C,
): Promise<NestFastifyApplication> {
  const app = await createHttpApp(definition.module(config), config.http);
  // MetricsModule (in every service's foundation) holds the registry the app's own gauges joined.
  const registry = app.get<Registry>(METRICS_REGISTRY, { strict: false });
  installHttpMetrics(app.getHttpAdapter().getInstance(), registry);
  const document = buildOpenApiDocument(app, definition.description);
  definition.beforeRoutes?.(app, document);
  setupDocs(app, document);
  await app.init();
  return app;
}

/** The entry point of a service process: config, app, listen. A bad config exits 1 with its message. */
export async function runService<C extends SharedConfig>(definition: ServiceDefinition<C>): Promise<void> {
  let config: C;
  try {
    config = definition.loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${definition.description.name}: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const app = await buildService(definition, config);
  await listen(app, definition.description.name, config.http);
}

/** The OpenAPI document without connecting to anything. */
export async function generateOpenApi<C extends SharedConfig>(definition: ServiceDefinition<C>, config: C) {
  const app = await createHttpApp(definition.module(config), config.http, { preview: true });
  const document = buildOpenApiDocument(app, definition.description, true);
  await app.close();
  return document;
}
