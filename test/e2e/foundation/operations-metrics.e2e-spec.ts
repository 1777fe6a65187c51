import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { ProxyAgent, ProxyApiError } from '../../../tools/proxy-agent/src/index.js';
import { contractFetch } from '../../support/contract.js';
import { eventually, uniqueEmail } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { Scrape } from '../../support/metrics.js';
import { createWorld, site } from '../activation/activation-fixtures.js';
import { signIn, signUp } from '../identity/identity-helpers.js';

/** Scrapes until `check` holds (gauges are cached for a few seconds), and returns that scrape. */
const scrapeUntil = (url: string, check: (s: Scrape) => boolean, what: string) =>
  eventually(async () => {
    const scrape = await Scrape.of(url);
    return check(scrape) ? scrape : undefined;
  }, 20_000, what);

describe('operations metrics after real traffic through the gateway', () => {
  const h = useHarness({ services: ['identity', 'activation', 'notification'], gateway: true });
  const dir = mkdtempSync(join(tmpdir(), 'metrics-agent-'));

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts proxy calls by endpoint and outcome, emails by state, and shows pool, outbox and queue gauges', async () => {
    // A person signs up (the welcome email goes out) and signs in.
    const person = await signUp(h);
    await h.smtp.waitFor((m) => m.to.includes(person.email));
    expect((await signIn(h, person.email)).status).toBe(200);
    expect((await signIn(h, person.email, 'not-the-password-1')).status).toBe(401);

    // A proxy activates, refreshes, reports and is refused one more computer, through the gateway.
    const world = await createWorld(h, { quantity: 4 });
    const agent = ProxyAgent.open(join(dir, 'proxy.json'), { server: h.gateway.url, fetch: contractFetch('activation') });
    await agent.activate({ key: world.subscription.key, ...site(1) });
    await agent.refresh();
    await agent.report({ managed: 4 });
    await expect(agent.enrollmentCheck(1)).rejects.toMatchObject({ code: 'LICENSE_LIMIT_REACHED' });
    const stranger = ProxyAgent.open(join(dir, 'stranger.json'), { server: h.gateway.url, fetch: contractFetch('activation') });
    const refused = await stranger.activate({ key: 'AAAAA-BBBBB', ...site(2) }).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(ProxyApiError);
    const refusedCode = (refused as ProxyApiError).code;

    const activation = await Scrape.of(h.service('activation').url);
    const calls = (endpoint: string, outcome: string) => activation.value('proxy_calls_total', { endpoint, outcome, service: 'activation' });
    expect(calls('activation', 'ok')).toBe(1);
    expect(calls('refresh', 'ok')).toBe(1);
    expect(calls('usage_report', 'ok')).toBe(1);
    expect(calls('enrollment_check', 'LICENSE_LIMIT_REACHED')).toBe(1);
    expect(calls('activation', refusedCode)).toBe(1);
    expect(calls('deactivate', 'ok')).toBeUndefined();
    // The proxy path counts as HTTP traffic too, by route pattern.
    expect(activation.value('http_requests_total', { route: '/proxy/v1/refresh', status: '200' })).toBe(1);

    // Identity: sign-in counted by status, its pool in use, the outbox drained once the email went out.
    const identity = await scrapeUntil(h.service('identity').url, (s) => s.value('outbox_unpublished_events') === 0, 'the outbox drained');
    expect(identity.value('http_requests_total', { method: 'POST', route: '/auth/sign-in', status: '200' })).toBe(1);
    expect(identity.value('http_requests_total', { method: 'POST', route: '/auth/sign-in', status: '401' })).toBe(1);
    expect(identity.value('db_pool_connections', { state: 'total' })).toBeGreaterThan(0);
    expect(identity.value('db_pool_connections', { state: 'waiting' })).toBe(0);
    expect(identity.value('outbox_oldest_unpublished_age_seconds')).toBe(0);
    for (const state of ['waiting', 'active', 'delayed', 'failed']) {
      expect(identity.value('bullmq_queue_jobs', { queue: 'notification', state })).toBe(0);
    }

    // Notification: the welcome email sent, nothing stuck; the reminder scan waits as a delayed job.
    const notification = await scrapeUntil(h.service('notification').url, (s) => s.value('email_deliveries', { state: 'sent' }) === 1, 'one email counted as sent');
    expect(notification.value('email_deliveries', { state: 'queued' })).toBe(0);
    expect(notification.value('email_deliveries', { state: 'failed' })).toBe(0);
    expect(notification.value('email_deliveries', { state: 'dead' })).toBe(0);
    expect(notification.value('bullmq_queue_jobs', { queue: 'notification-reminders', state: 'delayed' })).toBe(1);
    // Each service reports its own series only.
    expect(notification.text).not.toContain('proxy_calls_total');
    expect(identity.text).not.toContain('email_deliveries');
    // Prometheus scrapes the services on the internal network; the public origin does not serve their metrics.
    const throughGateway = await request(h.gateway.url).get('/api/activation/metrics');
    expect(throughGateway.status).toBe(404);
    expect(throughGateway.body).toMatchObject({ statusCode: 404, code: 'ROUTE_NOT_FOUND' });
  });
});

describe('operations metrics while Redis is down', () => {
  const h = useHarness({ services: ['identity'], ownRedis: true });

  it('show the outbox backlog and its age growing, and the backlog gone once Redis is back', async () => {
    const url = h.service('identity').url;
    await scrapeUntil(url, (s) => s.value('bullmq_queue_jobs', { queue: 'notification', state: 'waiting' }) === 0, 'the queue gauge');
    await h.redis!.stop();
    const res = await h.identity.post('/auth/sign-up').send({ firstName: 'Grace', lastName: 'Hopper', email: uniqueEmail('outage'), password: 'cobol-compiler-59', acceptTerms: true });
    expect(res.status).toBe(201);

    const during = await scrapeUntil(url, (s) => (s.value('outbox_oldest_unpublished_age_seconds') ?? 0) > 0 && s.value('outbox_unpublished_events') === 1, 'a backlog of one, ageing');
    // The queue depths cannot be read: no value rather than a stale one; the scrape still answers.
    expect(during.value('bullmq_queue_jobs')).toBeUndefined();
    expect(during.value('db_pool_connections', { state: 'total' })).toBeGreaterThan(0);

    await h.redis!.start();
    await scrapeUntil(url, (s) => s.value('outbox_unpublished_events') === 0 && s.value('outbox_oldest_unpublished_age_seconds') === 0, 'the backlog published');
  });
});
