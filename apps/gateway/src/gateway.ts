import type { IncomingHttpHeaders } from 'node:http';
import type { IncomingHttpHeaders as Http2IncomingHttpHeaders } from 'node:http2';
import Fastify, { type FastifyInstance, type FastifyReply, type RawServerBase, type RouteGenericInterface } from 'fastify';
import httpProxy, { type FastifyHttpProxyOptions } from '@fastify/http-proxy';
import { clientErrorHandler, CommonErrorCode, errorRegistry, installResponseHeaders, prettyLogTransport, REDACTED_PATHS, redactUrl, requestIdFor } from '#common';
import type { GatewayConfig } from './config.js';
import { GatewayErrorCode } from './gateway.errors.js';
import { registerCors } from './cors.js';
import { registerDocs } from './docs.js';
import { registerPortal } from './portal.js';
import { apiPrefix, GATEWAY_PATHS, ROUTES, SERVICE_NAMES, type Route } from './routes.js';

const errorBody = (statusCode: number, code: string, message: string, correlationId?: string) => ({
  statusCode,
  code,
  message,
  ...(correlationId ? { correlationId } : {}),
});

/**
 * The client's address as the services should see it. At the edge (the default) the gateway
 * replaces any X-Forwarded-For a client sent, so a client cannot choose its IP; behind a trusted
 * load balancer it appends the peer to the chain that balancer built.
 */
/** What the header rewrite reads of a request (reply-from types it for any raw server). */
interface ForwardedRequest {
  id: string;
  ip: string;
  protocol: string;
  headers: IncomingHttpHeaders | Http2IncomingHttpHeaders;
  socket: { remoteAddress?: string };
}

function forwardedFor(request: ForwardedRequest, trustProxy: boolean): string {
  const peer = request.socket.remoteAddress ?? request.ip;
  const given = request.headers['x-forwarded-for'];
  if (!trustProxy || !given) return peer;
  return `${Array.isArray(given) ? given.join(', ') : given}, ${peer}`;
}

function upstreamHeaders(config: GatewayConfig) {
  return (request: ForwardedRequest, headers: IncomingHttpHeaders | Http2IncomingHttpHeaders) => {
    const proto = config.http.trustProxy && typeof headers['x-forwarded-proto'] === 'string' ? headers['x-forwarded-proto'] : request.protocol;
    const host = config.http.trustProxy && typeof headers['x-forwarded-host'] === 'string' ? headers['x-forwarded-host'] : request.headers.host;
    return {
      ...headers,
      'x-request-id': request.id,
      'x-forwarded-for': forwardedFor(request, config.http.trustProxy),
      'x-forwarded-proto': proto,
      ...(host ? { 'x-forwarded-host': host } : {}),
    };
  };
}

function onUpstreamError(route: Route) {
  return (reply: FastifyReply<RouteGenericInterface, RawServerBase>, { error }: { error: Error & { code?: string } }) => {
    const timedOut = /timeout/i.test(error.code ?? '') || /timeout/i.test(error.name);
    reply.log.warn({ err: { message: error.message, code: error.code }, service: route.service }, 'upstream failed');
    const code = timedOut ? GatewayErrorCode.UPSTREAM_TIMEOUT : GatewayErrorCode.UPSTREAM_UNAVAILABLE;
    const status = errorRegistry.statusOf(code);
    const message = timedOut ? `The ${route.service} service did not answer in time` : `The ${route.service} service is unavailable`;
    void reply
      .code(status)
      .type('application/json')
      .send({ ...errorBody(status, code, message, reply.request.id), details: { service: route.service } });
  };
}

/** Builds the gateway (not listening): CORS, the routing table, Swagger UI, the portal, health. */
export async function buildGateway(config: GatewayConfig): Promise<FastifyInstance> {
  const transport = prettyLogTransport(config.logFormat);
  const app = Fastify({
    logger: {
      level: config.logLevel,
      name: 'gateway',
      base: { service: 'gateway' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: redactUrl(req.url) }),
      },
      ...(transport ? { transport } : {}),
    },
    genReqId: (req) => requestIdFor(req),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    // What Node's HTTP parser refuses (headers too large, a request too slow) in the error shape too.
    clientErrorHandler,
  });

  // Its SIGTERM handler closes the app at once: closing needs no signal of its own.
  installResponseHeaders(app);

  await registerCors(app, config.corsOrigins);

  for (const route of ROUTES) {
    const options: FastifyHttpProxyOptions = {
      upstream: config.upstreams[route.service],
      prefix: route.prefix,
      rewritePrefix: route.rewritePrefix,
      // Every method, OPTIONS included: preflights are answered by the CORS hook before routing.
      httpMethods: ['DELETE', 'GET', 'HEAD', 'PATCH', 'POST', 'PUT', 'OPTIONS'],
      undici: { headersTimeout: config.upstreamTimeoutMs, bodyTimeout: config.upstreamTimeoutMs },
      replyOptions: {
        rewriteRequestHeaders: upstreamHeaders(config),
        onError: onUpstreamError(route),
      },
    };
    await app.register(httpProxy, options);
  }

  // Probes every few seconds would drown everything else: their requests log at warn only.
  app.get(GATEWAY_PATHS.health, { logLevel: 'warn' }, async () => ({ status: 'ok' }));
  app.get(GATEWAY_PATHS.ready, { logLevel: 'warn' }, async (_request, reply) => {
    const checks = await Promise.all(
      SERVICE_NAMES.map(async (name) => {
        try {
          const res = await fetch(`${config.upstreams[name]}/health/ready`, { signal: AbortSignal.timeout(3000) });
          return [name, res.ok ? 'up' : 'down'] as const;
        } catch {
          return [name, 'down'] as const;
        }
      }),
    );
    const services = Object.fromEntries(checks);
    const ready = checks.every(([, state]) => state === 'up');
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ok' : 'unavailable', services });
  });

  // The services' /metrics are for Prometheus on the internal network, not for the public origin.
  for (const name of SERVICE_NAMES) {
    app.all(`${apiPrefix(name)}/metrics`, async (_request, reply) => reply.code(404).send(errorBody(404, CommonErrorCode.ROUTE_NOT_FOUND, 'No such route')));
  }

  registerDocs(app);
  await registerPortal(app, config.portalDir);

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'gateway error');
    const code = status === 500 ? CommonErrorCode.INTERNAL_ERROR : status === 400 ? CommonErrorCode.VALIDATION_FAILED : (error.code ?? CommonErrorCode.INTERNAL_ERROR);
    void reply
      .code(status)
      .type('application/json')
      .send(errorBody(status, code, status === 500 ? 'Internal server error' : error.message, status === 500 ? request.id : undefined));
  });
  return app;
}

export { errorBody };
