import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { eventually, uniqueEmail } from '../../support/harness.js';
import { Scrape } from '../../support/metrics.js';
import { useHarness } from '../../support/suite.js';

describe('metrics: every service exposes Prometheus metrics at /metrics', () => {
  const h = useHarness({ services: ['identity', 'licensing'] });

  it('counts requests by route pattern and status, with latency, after real traffic', async () => {
    const url = h.service('identity').url;
    expect((await request(url).post('/auth/sign-in').send({ email: uniqueEmail(), password: 'not-the-password-1' })).status).toBe(401);
    expect((await request(url).get('/accounts/00000000-0000-4000-8000-000000000000')).status).toBe(401);
    const metrics = await request(url).get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.text).toMatch(/http_requests_total\{method="POST",route="\/auth\/sign-in",status="401",service="identity"\} 1/);
    expect(metrics.text).toContain('route="/accounts/:accountId"');
    expect(metrics.text).not.toContain('00000000-0000');
    const count = metrics.text.split('\n').find((l) => l.startsWith('http_request_duration_seconds_count{') && l.includes('route="/auth/sign-in"') && l.includes('status="401"'));
    expect(count).toMatch(/ 1$/);
    const licensing = await request(h.service('licensing').url).get('/metrics');
    expect(licensing.text).not.toContain('service="identity"');
  });

  it('shows pool, outbox and queue gauges in every service, each series labelled with it', async () => {
    for (const service of ['identity', 'licensing'] as const) {
      const url = h.service(service).url;
      expect((await request(url).get('/health')).status).toBe(200);
      const scrape = await eventually(async () => {
        const s = await Scrape.of(url);
        return s.value('bullmq_queue_jobs', { queue: 'notification', state: 'waiting' }) !== undefined ? s : undefined;
      }, 20_000, `${service}'s queue gauges`);
      const labelled = { service };
      expect(scrape.value('http_requests_total', { ...labelled, route: '/health', status: '200' })).toBeGreaterThanOrEqual(1);
      expect(scrape.value('http_request_duration_seconds_count', { ...labelled, route: '/health', status: '200' })).toBeGreaterThanOrEqual(1);
      expect(scrape.value('db_pool_connections', { ...labelled, state: 'total' })).toBeGreaterThan(0);
      expect(scrape.value('db_pool_connections', { ...labelled, state: 'idle' })).toBeGreaterThanOrEqual(0);
      expect(scrape.value('db_pool_connections', { ...labelled, state: 'waiting' })).toBe(0);
      expect(scrape.value('outbox_unpublished_events', labelled)).toBeGreaterThanOrEqual(0);
      expect(scrape.value('outbox_oldest_unpublished_age_seconds', labelled)).toBeGreaterThanOrEqual(0);
      for (const queue of ['notification', 'notification-reminders']) {
        for (const state of ['waiting', 'active', 'delayed', 'failed']) expect(scrape.value('bullmq_queue_jobs', { ...labelled, queue, state })).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
