import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import { RequestCounter, RequestHistogram } from './request-series.js';

/**
 * Prometheus metrics of one service at GET /metrics: HTTP requests by route (the route pattern,
 * never the raw URL with ids) and status, and their latency, next to whatever else the app
 * registered in its registry (pool, outbox, queues...).
 */
export function installHttpMetrics(fastify: FastifyInstance, registry: Registry): Registry {
  const requests = new RequestCounter(registry, 'http_requests_total', 'HTTP requests answered');
  const latency = new RequestHistogram(registry, 'http_request_duration_seconds', 'HTTP request latency', [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]);
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (route !== '/metrics') {
      const key = `${request.method} ${route} ${reply.statusCode}`;
      const labels = () => ({ method: request.method, route, status: String(reply.statusCode) });
      requests.inc(key, labels);
      latency.observe(key, labels, reply.elapsedTime / 1000);
    }
    done();
  });
  fastify.get('/metrics', async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()));
  return registry;
}
