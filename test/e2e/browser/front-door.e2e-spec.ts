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

  /**
   * Runs the portal's session script at `origin`, against the gateway, in two tabs of one browser
   * (one cookie jar): the first signs up and then signs in with the cookie flow, both refresh at
   * once, the first calls the four services and signs out, and the second is signed out too.
   */
  async function session(origin: string) {
    const context = await browser.newContext();
    try {
      const tabs = [await context.newPage(), await context.newPage()] as const;
      for (const tab of tabs) await tab.goto(origin);
      const base = h.gateway.url;
      /** One POST to identity from a tab, with the cookie and the CSRF header. */
      const post = (tab: (typeof tabs)[number], path: string, body: unknown) =>
        tab.evaluate(
          async ({ url, body }) => {
            try {
              const res = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json', 'x-csrf-token': '1' }, body: JSON.stringify(body) });
              const text = await res.text();
              return { status: res.status, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
            } catch (err) {
              return { status: 0, error: String(err), body: {} as Record<string, unknown> };
            }
          },
          { url: `${base}/api/identity${path}`, body },
        );
      const email = `${Math.random().toString(36).slice(2)}${uniqueEmailSuffix}`;
      const password = 'analytical-engine-1';
      const up = await post(tabs[0], '/auth/sign-up', { firstName: 'Ada', lastName: 'Lovelace', email, password, acceptTerms: true });
      if (up.status === 0) return { ok: false, error: up.error };
      // Signed out of the sign-up session, then signed in with the cookie flow.
      await post(tabs[0], '/auth/sign-out/cookie', {});
      const signedIn = await post(tabs[0], '/auth/sign-in', { email, password });
      const [a, b] = await Promise.all(tabs.map((tab) => post(tab, '/auth/refresh', {})));
      const calls = await tabs[0].evaluate(
        async ({ base, token, services }) => {
          const auth = { authorization: `Bearer ${token}` };
          const me = await fetch(`${base}/api/identity/me`, { headers: auth });
          const health = await Promise.all(services.map(async (s) => (await fetch(`${base}/api/${s}/health`)).status));
          return {
            me: me.status,
            requestId: me.headers.get('x-request-id'),
            health,
            scriptSeesCookie: (globalThis as unknown as { document: { cookie: string } }).document.cookie.includes('lic_refresh'),
          };
        },
        { base, token: String(b.body.accessToken), services: [...SERVICE_NAMES] },
      );
      const out = await post(tabs[0], '/auth/sign-out/cookie', {});
      const afterSignOut = await Promise.all(tabs.map(async (tab) => (await post(tab, '/auth/refresh', {})).status));
      return {
        ok: true,
        signUp: up.status,
        signIn: signedIn.status,
        bodyHasRefreshToken: 'refreshToken' in up.body || 'refreshToken' in signedIn.body,
        refreshes: [a.status, b.status],
        sameSession: a.body.sessionId === b.body.sessionId && a.body.sessionId === signedIn.body.sessionId,
        ...calls,
        signOut: out.status,
        afterSignOut,
      };
    } finally {
      await context.close();
    }
  }
  const uniqueEmailSuffix = uniqueEmail('b').replace(/^b\./, '.');

  it('signs in with the cookie flow on the gateway origin, survives two tabs refreshing at once and reaches all four services', async () => {
    const result = await session(h.gateway.url);
    expect(result).toEqual({
      ok: true,
      signUp: 201,
      signIn: 200,
      bodyHasRefreshToken: false,
      refreshes: [200, 200],
      sameSession: true,
      me: 200,
      requestId: expect.any(String),
      health: [200, 200, 200, 200],
      signOut: 204,
      afterSignOut: [401, 401],
      scriptSeesCookie: false,
    });
  });

  it('works from another origin on the allow-list', async () => {
    const result = await session(allowed.url);
    expect(result).toMatchObject({ ok: true, signUp: 201, signIn: 200, refreshes: [200, 200], sameSession: true, me: 200, health: [200, 200, 200, 200], signOut: 204, afterSignOut: [401, 401] });
  });

  it('is refused from an origin that is not on the list', async () => {
    const result = await session(refused.url);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('Failed to fetch') });
  });
});
