import { describe, expect, it } from '@jest/globals';
import { Counter, Histogram, Registry } from 'prom-client';
import { RequestCounter, RequestHistogram } from './request-series.js';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
const labelNames = ['method', 'route', 'status'] as const;

/** The same observations through prom-client's own classes and through the request series. */
function both() {
  const reference = new Registry();
  const ours = new Registry();
  for (const registry of [reference, ours]) registry.setDefaultLabels({ service: 'activation' });
  const counter = new Counter({ name: 'http_requests_total', help: 'HTTP requests answered', labelNames, registers: [reference] });
  const histogram = new Histogram({ name: 'http_request_duration_seconds', help: 'HTTP request latency', labelNames, buckets: BUCKETS, registers: [reference] });
  const requests = new RequestCounter(ours, 'http_requests_total', 'HTTP requests answered');
  const latency = new RequestHistogram(ours, 'http_request_duration_seconds', 'HTTP request latency', BUCKETS);
  const record = (method: string, route: string, status: number, seconds: number) => {
    const labels = { method, route, status: String(status) };
    counter.inc(labels);
    histogram.observe(labels, seconds);
    const key = `${method} ${route} ${status}`;
    requests.inc(key, () => labels);
    latency.observe(key, () => labels, seconds);
  };
  return { reference, ours, record };
}

describe('RequestCounter and RequestHistogram', () => {
  it('expose exactly what prom-client’s Counter and Histogram expose for the same requests', async () => {
    const { reference, ours, record } = both();
    const timings = [0.0001, 0.005, 0.0051, 0.01, 0.2, 0.25, 0.9, 4.99, 5, 7.5, 120];
    timings.forEach((t, i) => record(i % 3 === 0 ? 'GET' : 'POST', i % 2 === 0 ? '/proxy/v1/refresh' : '/accounts/:accountId', i % 4 === 0 ? 200 : 404, t));
    record('POST', '/proxy/v1/refresh', 200, 0.003);
    expect(await ours.metrics()).toBe(await reference.metrics());
    // The JSON form too (prom-client adds exemplar fields of its own, which carry nothing here).
    const strip = (metrics: Awaited<ReturnType<Registry['getMetricsAsJSON']>>) =>
      metrics.map((m) => ({ ...m, values: m.values.map((v) => ({ value: v.value, labels: v.labels, metricName: (v as { metricName?: string }).metricName })) }));
    expect(strip(await ours.getMetricsAsJSON())).toEqual(strip(await reference.getMetricsAsJSON()));
  });

  it('are emptied by the registry’s reset like any other metric', async () => {
    const { reference, ours, record } = both();
    record('GET', '/health', 200, 0.001);
    ours.resetMetrics();
    reference.resetMetrics();
    expect(await ours.metrics()).toBe(await reference.metrics());
    expect(await ours.metrics()).not.toContain('route="/health"');
  });
});
