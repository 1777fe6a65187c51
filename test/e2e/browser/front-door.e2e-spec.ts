import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chromium, type Browser } from 'playwright-core';
import { SERVICE_NAMES } from '#common';
import { uniqueEmail } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PAGE = '<!doctype html><title>page</title><p>page</p>';

/** A page on an origin of its own (another port: another origin, the same site). */
async function otherOrigin(): Promise<{ server: Server; url: string }> {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}

describe('browser: a portal page in real Chromium through the gateway', () => {
  let browser: Browser;
  const portalDir = mkdtempSync(join(tmpdir(), 'portal-'));
  let allowed: { server: Server; url: string };
  let refused: { server: Server; url: string };

  // The other origins first: the gateway allows one of them.
  const h = useHarness(async () => {
    allowed = await otherOrigin();
    refused = await otherOrigin();
    writeFileSync(join(portalDir, 'index.html'), PAGE);
    return {
      services: SERVICE_NAMES,
      env: { REFRESH_COOKIE_SECURE: 'false' },
      gateway: { PORTAL_DIR: portalDir, CORS_ORIGINS: allowed.url },
    };
  });
  beforeAll(async () => {
    // launch() gives Chromium a fresh temporary profile (its own --user-data-dir) every time.
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
    allowed?.server.close();
    refused?.server.close();
    rmSync(portalDir, { recursive: true, force: true });
  });

  /** Runs the portal's session script in a page at `origin`, against the gateway. */
  async function session(origin: string) {
    const page = await browser.newPage();
    try {
      await page.goto(origin);
      return await page.evaluate(
        async ({ base, email, services }) => {
          const headers = { 'content-type': 'application/json', 'x-csrf-token': '1' };
          const post = (path: string, body: unknown) =>
            fetch(`${base}/api/identity${path}`, { method: 'POST', credentials: 'include', headers, body: JSON.stringify(body) });
          try {
            const up = await post('/auth/sign-up', { firstName: 'Ada', lastName: 'Lovelace', email, password: 'analytical-engine-1', acceptTerms: true });
            const signedUp = (await up.json()) as Record<string, unknown>;
            const [a, b] = await Promise.all([post('/auth/refresh', {}), post('/auth/refresh', {})]);
            const pair = [(await a.json()) as { sessionId: string; accessToken: string }, (await b.json()) as { sessionId: string; accessToken: string }];
            const auth = { authorization: `Bearer ${pair[1].accessToken}` };
            const me = await fetch(`${base}/api/identity/me`, { headers: auth });
            const health = await Promise.all(
              services.map(async (s) => (await fetch(`${base}/api/${s}/health`)).status),
            );
            const requestId = me.headers.get('x-request-id');
            const out = await post('/auth/sign-out/cookie', {});
            const afterOut = await post('/auth/refresh', {});
            return {
              ok: true,
              signUp: up.status,
              bodyHasRefreshToken: 'refreshToken' in signedUp,
              refreshes: [a.status, b.status],
              sameSession: pair[0].sessionId === pair[1].sessionId,
              me: me.status,
              requestId,
              health,
              signOut: out.status,
              afterSignOut: afterOut.status,
              scriptSeesCookie: (globalThis as unknown as { document: { cookie: string } }).document.cookie.includes('lic_refresh'),
            };
          } catch (err) {
            return { ok: false, error: String(err) };
          }
        },
        { base: h.gateway.url, services: [...SERVICE_NAMES], email: `${Math.random().toString(36).slice(2)}${uniqueEmailSuffix}` },
      );
    } finally {
      await page.close();
    }
  }
  const uniqueEmailSuffix = uniqueEmail('b').replace(/^b\./, '.');

  it('signs in with the cookie flow on the gateway origin, survives two refreshes at once and reaches all four services', async () => {
    const result = await session(h.gateway.url);
    expect(result).toEqual({
      ok: true,
      signUp: 201,
      bodyHasRefreshToken: false,
      refreshes: [200, 200],
      sameSession: true,
      me: 200,
      requestId: expect.any(String),
      health: [200, 200, 200, 200],
      signOut: 204,
      afterSignOut: 401,
      scriptSeesCookie: false,
    });
  });

  it('works from another origin on the allow-list', async () => {
    const result = await session(allowed.url);
    expect(result).toMatchObject({ ok: true, signUp: 201, refreshes: [200, 200], me: 200, health: [200, 200, 200, 200], signOut: 204 });
  });

  it('is refused from an origin that is not on the list', async () => {
    const result = await session(refused.url);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('Failed to fetch') });
  });
});
