import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import { errorCodeOf, METRICS_REGISTRY, RequestCounter } from '#common';

/** The proxy-facing routes (Fastify route patterns) and the endpoint label each counts under. */
export const PROXY_CALL_ENDPOINTS: Readonly<Record<string, string>> = {
  'POST /proxy/v1/license/verify': 'verify',
  'POST /proxy/v1/activations': 'activation',
  'POST /proxy/v1/refresh': 'refresh',
  'POST /proxy/v1/usage-reports': 'usage_report',
  'POST /proxy/v1/enrollment-checks': 'enrollment_check',
  'POST /proxy/v1/deactivate': 'deactivate',
  // Offline proxies call through an admin uploading their files.
  'POST /accounts/:accountId/offline/requests': 'offline',
  'POST /accounts/:accountId/offline/activation-requests': 'offline',
  'POST /accounts/:accountId/offline/refresh-requests': 'offline',
  'POST /accounts/:accountId/offline/deactivation-requests': 'offline',
};

/**
 * `proxy_calls_total{endpoint, outcome}`: outcome is `ok` or the error body's code (LICENSE_EXPIRED,
 * TOO_MANY_REQUESTS, ...), whichever part of the pipeline answered (guard, pipe, handler). On the hot
 * path it costs one map lookup and one counter increment.
 */
@Injectable()
export class ProxyCallsMetrics implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
  ) {}

  onModuleInit(): void {
    const calls = new RequestCounter(
      this.registry,
      'proxy_calls_total',
      'Proxy protocol calls (and offline file uploads) by endpoint and outcome (ok or the error code)',
    );
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onResponse', (request, reply, done) => {
      const endpoint = PROXY_CALL_ENDPOINTS[`${request.method} ${request.routeOptions.url}`];
      if (endpoint !== undefined) {
        const outcome = reply.statusCode < 400 ? 'ok' : (errorCodeOf(request) ?? `HTTP_${reply.statusCode}`);
        calls.inc(`${endpoint} ${outcome}`, () => ({ endpoint, outcome }));
      }
      done();
    });
  }
}
