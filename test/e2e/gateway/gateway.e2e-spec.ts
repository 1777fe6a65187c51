import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { SERVICE_NAMES } from '#common';
import { Harness } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { createOperator } from '../../support/factories.js';
import { bearer, signUp } from '../identity/identity-helpers.js';

describe('gateway: one origin for the portal, the four APIs and the proxy protocol', () => {
  const portalDir = mkdtempSync(join(tmpdir(), 'portal-'));
  const h = useHarness(() => {
    writeFileSync(join(portalDir, 'index.html'), '<!doctype html><title>Portal</title><div id="root"></div>');
    writeFileSync(join(portalDir, 'app.js'), 'console.log("portal")');
    return { services: SERVICE_NAMES, gateway: { PORTAL_DIR: portalDir } };
  });
  afterAll(() => rmSync(portalDir, { recursive: true, force: true }));

  it('routes each prefix to its service with the prefix stripped, and the proxy protocol unchanged', async () => {
    const me = await signUp(h); // through /api/identity (the harness goes through the gateway)
    expect((await h.identity.get('/me').set(bearer(me.accessToken))).body.email).toBe(me.email);
    const operator = await createOperator(h.db);
    expect((await h.licensing.get('/operator/products').set(bearer(operator.token))).status).toBe(200);
    expect((await h.notification.get('/deliveries').set(bearer(operator.token))).status).toBe(200);
    expect((await h.activation.get('/proxy/v1/signing-keys')).status).toBe(200);
    const direct = await request(h.gateway.url).get('/proxy/v1/signing-keys');
    expect(direct.status).toBe(200);
    expect(direct.body).toEqual((await h.service('activation').http().get('/proxy/v1/signing-keys')).body);
  });

  it('passes the request id through, making one when the client sent none', async () => {
    const given = await request(h.gateway.url).get('/api/identity/health').set('x-request-id', 'portal-req-42');
    expect(given.status).toBe(200);
    expect(given.headers['x-request-id']).toBe('portal-req-42');
    const made = await request(h.gateway.url).get('/api/licensing/health');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    // The service saw the same id: an error body's correlation id is the request id.
    const missing = await request(h.gateway.url).get('/api/identity/no-such-route').set('x-request-id', 'trace-7');
    expect(missing.status).toBe(404);
    expect(missing.headers['x-request-id']).toBe('trace-7');
  });

  it('gives the services the real client IP, not one the client chose', async () => {
    const me = await signUp(h);
    const spoofed = await h.identity
      .post('/auth/sign-in')
      .set('x-forwarded-for', '203.0.113.77')
      .send({ email: me.email, password: me.password });
    expect(spoofed.status).toBe(200);
    const [row] = await h.db.query(`SELECT ip FROM sessions WHERE id = $1`, [spoofed.body.sessionId]);
    expect(row.ip).toBe('127.0.0.1');
  });

  it('serves the portal at / with the single-page fallback, and keeps API 404s JSON', async () => {
    const root = await request(h.gateway.url).get('/');
    expect(root.status).toBe(200);
    expect(root.text).toContain('<title>Portal</title>');
    expect((await request(h.gateway.url).get('/app.js')).text).toContain('portal');
    const deep = await request(h.gateway.url).get('/reset-password?token=abc').set('accept', 'text/html');
    expect(deep.status).toBe(200);
    expect(deep.headers['content-type']).toContain('text/html');
    expect(deep.text).toContain('<div id="root">');
    const asset = await request(h.gateway.url).get('/assets/missing.js');
    expect(asset.status).toBe(404);
    const api = await request(h.gateway.url).get('/api/unknown/thing').set('accept', 'text/html');
    expect(api.status).toBe(404);
    expect(api.body).toMatchObject({ statusCode: 404, code: 'ROUTE_NOT_FOUND' });
    // Headers too large for the gateway's HTTP parser: the error shape too, not Fastify's own body.
    const big = await request(h.gateway.url).get('/api/identity/health').set('x-padding', 'p'.repeat(20_000));
    expect(big.status).toBe(431);
    expect(big.body).toEqual({ statusCode: 431, code: 'HEADERS_TOO_LARGE', message: expect.any(String) });
  });

  it('answers a page saying so when the portal is not built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'portal-empty-'));
    const h2 = await Harness.start({ services: [], gateway: { PORTAL_DIR: empty } });
    try {
      const page = await request(h2.gateway.url).get('/subscriptions').set('accept', 'text/html');
      expect(page.status).toBe(503);
      expect(page.text).toContain('The portal is not built');
      // A service that is not running answers 502 in the error shape.
      const down = await request(h2.gateway.url).get('/api/identity/health');
      expect(down.status).toBe(502);
      expect(down.body).toMatchObject({ statusCode: 502, code: 'UPSTREAM_UNAVAILABLE' });
      expect((await request(h2.gateway.url).get('/health')).status).toBe(200);
      const ready = await request(h2.gateway.url).get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.services.identity).toBe('down');
    } finally {
      await h2.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('serves Swagger UI for the four documents in one place, whose servers are the gateway paths', async () => {
    const page = await request(h.gateway.url).get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.text).toContain('swagger-ui-bundle.js');
    expect((await request(h.gateway.url).get('/api/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
    const urls = (await request(h.gateway.url).get('/api/docs/urls.json')).body as Array<{ name: string; url: string }>;
    expect(urls.map((u) => u.name)).toEqual(['identity', 'licensing', 'activation', 'notification']);
    for (const { name, url } of urls) {
      const doc = await request(h.gateway.url).get(url);
      expect(doc.status).toBe(200);
      expect(doc.body.servers).toEqual([expect.objectContaining({ url: `/api/${name}` })]);
    }
    expect((await request(h.gateway.url).get('/health/ready')).body).toEqual({
      status: 'ok',
      services: { identity: 'up', licensing: 'up', activation: 'up', notification: 'up' },
    });
  });
});
