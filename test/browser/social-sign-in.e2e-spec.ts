import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, usePortalHarness } from '../support/browser.js';
import { TestOidcProvider } from '../support/oidc-provider.js';

/**
 * Sign-up and sign-in with Google in real Chromium, through the gateway, against a real OpenID
 * Connect provider started here: the portal's button, the provider, the callback, the terms step,
 * the personal account; then signed out and back in with the same Google identity.
 */
const SHOTS = 'docs/screenshots';
const GOOGLE = { clientId: 'google-client.apps.example', clientSecret: 'google-secret-browser' };

describe('portal: sign up and sign in with Google', () => {
  let google: TestOidcProvider;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;

  // Before the harness's own teardown: the browser's keep-alive connections would hold the gateway open.
  afterAll(async () => {
    await browser?.close();
  });
  // The provider first: identity is configured with its issuer URL.
  const harness = usePortalHarness(async () => {
    google = await new TestOidcProvider().listen();
    return {
      services: ['identity'],
      env: { GOOGLE_CLIENT_ID: GOOGLE.clientId, GOOGLE_CLIENT_SECRET: GOOGLE.clientSecret, GOOGLE_ISSUER: google.issuer, OIDC_ALLOW_INSECURE_HTTP: 'true' },
    };
  });
  afterAll(async () => {
    await google?.close();
  });

  beforeAll(async () => {
    google.register({ ...GOOGLE, redirectUri: `${harness.gateway.url}/api/identity/auth/social/callback` });
    google.person = { sub: 'google-katherine', email: 'katherine@example.com', emailVerified: true, givenName: 'Katherine', familyName: 'Johnson' };
    browser = await launchBrowser();
    context = browser.context;
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  it('shows the provider buttons when the session check fails while the methods are being asked', async () => {
    // On opening, the portal tries to resume a session; with none, that answers 401 while the page
    // asks which methods are on. Held here in that order: the methods answer comes after the 401,
    // and must still show (the cache was once cleared then, cancelling it: no buttons, ever).
    let methodsAsked!: () => void;
    const asked = new Promise<void>((resolve) => (methodsAsked = resolve));
    const refused = page.waitForEvent('requestfinished', { predicate: (r) => r.url().endsWith('/auth/refresh') });
    await page.route('**/api/identity/auth/refresh', async (route) => {
      await asked;
      await route.continue();
    });
    await page.route('**/api/identity/auth/methods', async (route) => {
      methodsAsked();
      await refused;
      await route.continue().catch(() => undefined);
    });
    try {
      await page.goto(`${harness.gateway.url}/sign-up`);
      await page.getByRole('link', { name: 'Sign up with Google' }).waitFor();
    } finally {
      await page.unrouteAll({ behavior: 'ignoreErrors' });
    }
  }, 60_000);

  it('signs up with Google after accepting the terms of use', async () => {
    await page.goto(`${harness.gateway.url}/sign-up`);
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    // Only the methods that are on: Google, not Facebook.
    await page.getByRole('link', { name: 'Sign up with Google' }).waitFor();
    expect(await page.getByRole('link', { name: 'Sign up with Facebook' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Sign up with Google' }).click();

    // Back from the provider: the terms step, with the name and email Google verified.
    await page.getByText('With Google').waitFor();
    expect(new URL(page.url()).pathname).toBe('/social/callback');
    await page.getByText('katherine@example.com').waitFor();
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('You must accept the terms of use').waitFor();
    await page.getByLabel('I agree with the Terms of Use').check();
    await page.screenshot({ path: `${SHOTS}/social-sign-up-terms.png`, fullPage: true });
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Start with registering your product' }).waitFor();
    await page.getByRole('button', { name: /Katherine Johnson \(Personal Account\)/ }).waitFor();
  }, 120_000);

  it('signs out and signs in again with Google, with "keep me signed in"', async () => {
    await page.getByRole('button', { name: 'Your profile and sign out' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Keep me signed in').check();
    await page.screenshot({ path: `${SHOTS}/social-sign-in.png`, fullPage: true });
    await page.getByRole('link', { name: 'Sign in with Google' }).click();
    await page.getByRole('heading', { name: 'Start with registering your product' }).waitFor();
    const cookie = (await context.cookies()).find((c) => c.name === 'lic_refresh');
    expect(cookie?.httpOnly).toBe(true);
    // Keep me signed in: a persistent cookie of about 30 days.
    expect((cookie?.expires ?? 0) * 1000 - Date.now()).toBeGreaterThan(29 * 86_400_000);
    // A reload resumes the session from the cookie.
    await page.reload();
    await page.getByRole('button', { name: /Katherine Johnson \(Personal Account\)/ }).waitFor();
  }, 120_000);
});
