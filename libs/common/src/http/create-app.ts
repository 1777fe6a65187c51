import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { INestApplication, Logger as NestLogger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { SharedConfig } from '../config/load-config.js';
import { ErrorResponseDto } from '../errors/error-body.dto.js';
import { documentErrorCodes } from '../errors/error-docs.js';
import { HttpExceptionFilter } from '../errors/http-exception.filter.js';
import { createValidationPipe } from '../errors/validation.js';
import { AppLogger, installRequestLogging, requestIdFor, ROOT_LOGGER } from '../logging/logger.module.js';
import { clientErrorHandler, frameworkErrorBody, installInputGuard, MAX_PATH_PARAMETER_LENGTH } from './input-guard.js';
import { installResponseHeaders } from './response-headers.js';
import { sortKeysDeep } from './sort-keys.js';

export interface ServiceDescription {
  /** Short name, e.g. `identity`. */
  name: string;
  title: string;
  description: string;
  version?: string;
  /** Security schemes the service's document declares. */
  security?: Array<'bearer' | 'proxy'>;
  /** Descriptions of the document's tags. */
  tags?: Record<string, string>;
}

export interface CreateAppOptions {
  /** Build the module without connecting anything (OpenAPI generation). */
  preview?: boolean;
  /** Use Nest's plain logger instead of pino (OpenAPI generation, CLI). */
  bufferLogs?: boolean;
}

/** Creates a Fastify-based Nest app with the conventions every service shares. */
export async function createHttpApp(
  module: Type<unknown> | import('@nestjs/common').DynamicModule,
  http: SharedConfig['http'],
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: http.bodyLimitBytes,
    genReqId: (req: IncomingMessage) => requestIdFor(req),
    // Client IPs (rate limits, session lists) come from X-Forwarded-For only behind a trusted proxy.
    trustProxy: http.trustProxy,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { maxParamLength: MAX_PATH_PARAMETER_LENGTH },
    // What Node's HTTP parser refuses (headers too large, a request too slow) in the error shape too.
    clientErrorHandler,
    // Routes with a body schema (the activation hot path) validate exactly what the ValidationPipe would:
    // no type coercion, no silently dropped properties, no defaults filled in.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: false, allErrors: false } },
    // Routing errors (bad URL encoding, over-long path parameters) in the error shape, never echoing the URL.
    frameworkErrors: (error: { code?: string }, request: FastifyRequest, reply: FastifyReply) => {
      const body = frameworkErrorBody(error, String(request.id));
      void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
    preview: options.preview ?? false,
    bufferLogs: !options.preview,
    logger: options.preview ? false : undefined,
    abortOnError: false,
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  const fastify = app.getHttpAdapter().getInstance();
  if (!options.preview) {
    app.useLogger(app.get(AppLogger));
    installRequestLogging(fastify, app.get(ROOT_LOGGER));
  }
  installInputGuard(fastify);
  installResponseHeaders(fastify, ['SIGTERM', 'SIGINT']);
  return app;
}

/** The service's OpenAPI document, deterministic: sorted keys, operationId = method name. */
/** `strict` (the committed documents) refuses duplicate operationIds; the document served at /docs tolerates them. */
export function buildOpenApiDocument(app: INestApplication, service: ServiceDescription, strict = false): OpenAPIObject {
  let builder = new DocumentBuilder()
    .setTitle(service.title)
    .setDescription(service.description)
    .setVersion(service.version ?? '1.0.0')
    // One base URL for every client: the gateway serves each service's API under /api/<service>.
    .addServer(`/api/${service.name}`, `${service.name} API through the gateway (the service itself answers the same paths at /)`);
  if (service.security?.includes('bearer')) {
    builder = builder.addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token from the identity service' },
      'bearer',
    );
  }
  if (service.security?.includes('proxy')) {
    builder = builder.addApiKey(
      { type: 'apiKey', in: 'header', name: 'authorization', description: 'Proxy credential: `Proxy <installationId>.<secret>`' },
      'proxy',
    );
  }
  const document = SwaggerModule.createDocument(app, builder.build(), {
    operationIdFactory: (_controllerKey: string, methodKey: string) => methodKey,
    extraModels: [ErrorResponseDto],
  });
  const finished = finishDocument(document, service, strict);
  // The error codes come from the service's error tables; the committed documents refuse a response
  // that names a code no table defines, or under another status than its table's.
  const problems = documentErrorCodes(finished, service.name);
  if (strict && problems.length > 0) throw new Error(`Error responses disagree with the error tables:\n${problems.join('\n')}`);
  return sortKeysDeep(finished) as OpenAPIObject;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;

const errorContent = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponseDto' } } },
});

/**
 * What every document states explicitly: each tag used is declared (with its description when the
 * service gives one); an operation without a security requirement is declared public (`[]`); the
 * statuses the shared machinery can answer on any operation are documented (bodies too large or not
 * JSON, unexpected errors).
 */
function finishDocument(document: OpenAPIObject, service: ServiceDescription, strict: boolean): OpenAPIObject {
  const tags = new Set<string>();
  const operationIds = new Map<string, string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      // operationId = the controller method's name, which clients use as the call's name: unique.
      const seen = operationIds.get(operation.operationId ?? '');
      if (seen && strict) {
        throw new Error(
          `${service.name}: operationId "${operation.operationId}" is used by ${seen} and ${method.toUpperCase()} ${path}; give the controller methods distinct names`,
        );
      }
      operationIds.set(operation.operationId ?? '', `${method.toUpperCase()} ${path}`);
      for (const tag of operation.tags ?? []) tags.add(tag);
      operation.security ??= [];
      const responses = operation.responses as Record<string, unknown>;
      const parameters = (operation.parameters ?? []) as Array<{ in?: string }>;
      if (operation.requestBody) {
        responses['400'] ??= errorContent('VALIDATION_FAILED, INVALID_JSON');
        responses['413'] ??= errorContent('PAYLOAD_TOO_LARGE');
      } else {
        // The shared input guard refuses bad query strings on any route, parameters declared or not.
        responses['400'] ??= errorContent('VALIDATION_FAILED');
      }
      if (parameters.some((p) => p.in === 'path')) {
        responses['414'] ??= errorContent(`URI_TOO_LONG: a path parameter is longer than ${MAX_PATH_PARAMETER_LENGTH} characters`);
      }
      responses['500'] ??= errorContent('INTERNAL_ERROR: unexpected; the body carries a correlationId');
      responses['503'] ??= errorContent('DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds');
    }
  }
  document.tags = [...tags].sort().map((name) => ({ name, description: service.tags?.[name] ?? `${name} operations` }));
  return document;
}

/**
 * The JSON schema of an operation's answer, with its `$ref`s resolved from the document's components:
 * for Fastify's response serialisation (fast-json-stringify), from the same source as the contract.
 */
export function responseSchemaOf(document: OpenAPIObject, method: (typeof METHODS)[number], path: string, status: number): Record<string, unknown> {
  const operation = document.paths[path]?.[method];
  const response = operation?.responses[String(status)] as { content?: Record<string, { schema?: unknown }> } | undefined;
  const schema = response?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`no ${status} JSON answer documented for ${method.toUpperCase()} ${path}`);
  const components = (document.components?.schemas ?? {}) as Record<string, unknown>;
  const resolve = (node: unknown, seen: string[]): unknown => {
    if (Array.isArray(node)) return node.map((n) => resolve(n, seen));
    if (node === null || typeof node !== 'object') return node;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string') {
      const name = ref.replace('#/components/schemas/', '');
      if (seen.includes(name) || !(name in components)) throw new Error(`cannot inline schema ${ref}`);
      return resolve(components[name], [...seen, name]);
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, resolve(v, seen)]));
  };
  return resolve(schema, []) as Record<string, unknown>;
}

/** Serves the document and Swagger UI at /docs. */
export function setupDocs(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
}

/**
 * Starts a service: listens, logs where, and on SIGTERM stops taking requests, lets in-flight
 * work finish (bounded by the grace period), then closes pools and queues through Nest's hooks.
 */
export async function listen(app: NestFastifyApplication, name: string, http: SharedConfig['http']): Promise<void> {
  await app.listen({ port: http.port, host: http.host });
  const logger = new NestLogger('Bootstrap');
  const shown = http.host === '0.0.0.0' ? 'localhost' : http.host;
  logger.log(`${name} listening on http://${shown}:${http.port} (docs at http://${shown}:${http.port}/docs)`);
  const timer = (signal: string) => {
    logger.log(`${signal} received: draining (grace ${http.shutdownGraceMs} ms)`);
    setTimeout(() => {
      logger.error('Shutdown grace period over; exiting');
      process.exit(1);
    }, http.shutdownGraceMs).unref();
  };
  process.once('SIGTERM', () => timer('SIGTERM'));
  process.once('SIGINT', () => timer('SIGINT'));
}
