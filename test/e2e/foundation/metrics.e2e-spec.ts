import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { uniqueEmail } from '../../support/harness.js';
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
});
