import { existsSync, mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { Harness } from '../support/harness.js';
import { launchBrowser } from '../support/browser.js';
import { TestOidcProvider } from '../support/oidc-provider.js';

/**
 * Sign-up and sign-in with Google in real Chromium, through the gateway, against a real OpenID
 * Connect provider started here: the portal's button, the provider, the callback, the terms step,
 * the personal account; then signed out and back in with the same Google identity.
 */
const SHOTS = 'docs/screenshots';
const GOOGLE = { clientId: 'google-client.apps.example', clientSecret: 'google-secret-browser' };

describe('portal: sign up and sign in with Google', () => {
  let harness: Harness;
  let google: TestOidcProvider;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync('apps/portal/dist/index.html')) throw new Error('the portal is not built: run `npm run portal:build` first');
    google = await new TestOidcProvider().listen();
    harness = await Harness.start({
      services: ['identity'],
      gateway: true,
      env: { GOOGLE_CLIENT_ID: GOOGLE.clientId, GOOGLE_CLIENT_SECRET: GOOGLE.clientSecret, GOOGLE_ISSUER: google.issuer, OIDC_ALLOW_INSECURE_HTTP: 'true' },
    });
    google.register({ ...GOOGLE, redirectUri: `${harness.gateway.url}/api/identity/auth/social/callback` });
    google.person = { sub: 'google-katherine', email: 'katherine@example.com', emailVerified: true, givenName: 'Katherine', familyName: 'Johnson' };
    browser = await launchBrowser();
    context = browser.context;
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await harness?.close();
    await google?.close();
  });

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
