import { mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { createOperator, daysFromNow, type TestUser } from '../support/factories.js';
import { launchBrowser, usePortalHarness } from '../support/browser.js';

/**
 * The guide's first chapter in a real browser, against the real services: sign up, sign out, sign
 * in, register the key an operator issued (creating the business account), the dashboard's product
 * card, the subscriptions list and a subscription's details. Screenshots go to docs/screenshots.
 */
const SHOTS = 'docs/screenshots';
const person = { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', password: 'analytical-engine-1' };

describe('portal: a customer from sign-up to subscription details', () => {
  // Before the harness's own teardown: the browser's keep-alive connections would hold the gateway open.
  afterAll(async () => {
    await browser?.close();
  });
  // Through the gateway, as a browser reaches it: the portal at /, the APIs at /api/<service>.
  const harness = usePortalHarness({ services: ['identity', 'licensing'] });
  let portal: { url: string };
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  let operator: TestUser;
  let key: string;
  let refreshes = 0;

  beforeAll(async () => {
    portal = harness.gateway;
    operator = await createOperator(harness.db);
    const issued = await harness.licensing
      .post('/operator/subscriptions')
      .set('authorization', `Bearer ${operator.token}`)
      .send({ quantity: 2, endsOn: daysFromNow(365), name: 'Mac Management Subscription', reference: 'SO-118822' })
      .expect(201);
    key = issued.body.key;
    browser = await launchBrowser();
    context = browser.context;
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    page.on('request', (r) => {
      if (r.url().endsWith('/api/identity/auth/refresh')) refreshes += 1;
    });
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  const shot = (name: string, target: Page = page) => target.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

  it('signs up with the terms of use accepted and lands on the personal account', async () => {
    await page.goto(`${portal.url}/`);
    // Signed out: the protected home page sends the person to sign-in.
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await shot('sign-in');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    await page.getByLabel('First name').fill(person.firstName);
    await page.getByLabel('Last name').fill(person.lastName);
    await page.getByLabel('Email').fill(person.email);
    await page.getByLabel(/^Password/).fill(person.password);
    await page.getByLabel('Repeat password').fill(person.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    // Without the terms the form refuses.
    await page.getByText('You must accept the terms of use').waitFor();
    await page.getByLabel('I agree with the Terms of Use').check();
    await shot('sign-up');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Start with registering your product' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/personal');
    await page.getByRole('button', { name: /Ada Lovelace \(Personal Account\)/ }).waitFor();
  }, 120_000);

  it('signs out, shows it, and signs in again with "keep me signed in"', async () => {
    await page.getByRole('button', { name: 'Your profile and sign out' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByText('You are signed out.').waitFor();
    // Signed out means signed out: a signed-in page sends back to sign-in.
    await page.goto(`${portal.url}/personal`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    await page.getByLabel('Email').fill(person.email);
    await page.getByRole('textbox', { name: 'Password' }).fill('wrong-password-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: /password/i }).waitFor();

    await page.getByRole('textbox', { name: 'Password' }).fill(person.password);
    await page.getByLabel('Keep me signed in').check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Start with registering your product' }).waitFor();
    // Back to the page asked for before signing in.
    expect(new URL(page.url()).pathname).toBe('/personal');
  }, 120_000);

  it('registers the key: a wrong key is refused on its field, then the business details create the account', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Register Key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Register a license key' });
    await dialog.getByLabel('License key').fill('ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2');
    await dialog.getByRole('button', { name: 'Register' }).click();
    // No account yet: the business details come first; the key is checked when they are sent.
    const business = page.getByRole('dialog', { name: 'Provide your business details' });
    await business.getByLabel('Company name').fill('My Company, Inc.');
    // Countries and states come from identity's list: Germany needs no state (a free field), the
    // United States offer their states by name.
    const country = business.getByLabel('Country');
    await country.fill('Germ');
    await page.getByRole('option', { name: 'Germany', exact: true }).click();
    await business.getByLabel('State / province').waitFor();
    await country.fill('United States');
    await page.getByRole('option', { name: 'United States', exact: true }).click();
    const state = business.getByLabel(/^State(?! \/)/);
    await state.click();
    const states = page.getByRole('listbox').getByRole('option');
    await states.first().waitFor();
    expect(await states.count()).toBe(56);
    await state.fill('New Y');
    await page.getByRole('option', { name: 'New York', exact: true }).click();
    expect(await state.inputValue()).toBe('New York');
    expect(await business.getByLabel('State / province').count()).toBe(0);
    await business.getByLabel('City').fill('New York');
    await business.getByLabel('ZIP / postal code').fill('10006');
    await business.getByLabel('Phone').fill('1(800)123-4567');
    await shot('register-key-business-details');
    await business.getByRole('button', { name: 'Register' }).click();
    // The refusal shows on the key field, back on the first step.
    const keyField = page.getByRole('dialog', { name: 'Register a license key' }).getByLabel('License key');
    await page.getByRole('dialog', { name: 'Register a license key' }).locator('input[aria-invalid="true"]').waitFor();
    expect(await keyField.getAttribute('aria-invalid')).toBe('true');

    await keyField.fill(key);
    await page.getByRole('dialog', { name: 'Register a license key' }).getByRole('button', { name: 'Register' }).click();
    // The business details are kept; send them again.
    await page.getByRole('dialog', { name: 'Provide your business details' }).getByRole('button', { name: 'Register' }).click();
    await page.getByText('License key registered').waitFor();
    await page.getByRole('heading', { name: 'Products' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/accounts\/[0-9a-f-]{36}\/dashboard$/);
  }, 120_000);

  it('shows the dashboard product card and the account switcher with both accounts', async () => {
    const card = page.getByRole('region', { name: /Mac Management/ });
    await card.waitFor();
    expect(await card.getByRole('row', { name: /Active subscriptions/ }).textContent()).toContain('1');
    expect(await card.getByRole('row', { name: /Registered proxy servers/ }).textContent()).toContain('0');
    expect(await card.textContent()).toContain('for 2 managed computers');
    await card.getByRole('link', { name: 'All Subscriptions (1)' }).waitFor();
    await page.getByRole('button', { name: /My Company, Inc\. \(Business Account\)/ }).click();
    await page.getByRole('menuitem', { name: 'Ada Lovelace' }).waitFor();
    await page.getByRole('menuitem', { name: 'My Company, Inc.' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'hidden' });
    await shot('dashboard');
  }, 60_000);

  it('refreshes an expired access token once and retries the request', async () => {
    // The next list request is answered 401 once, as when the access token has just expired.
    const list = /\/api\/licensing\/accounts\/[^/]+\/subscriptions\?/;
    let seen = 0;
    await page.route(list, async (route) => {
      if (seen++ === 0) {
        await route.fulfill({ status: 401, contentType: 'application/json', body: JSON.stringify({ statusCode: 401, code: 'TOKEN_EXPIRED', message: 'Token expired' }) });
      } else {
        await route.continue();
      }
    });
    const before = refreshes;
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Subscriptions' }).click();
    await page.getByRole('article', { name: 'Mac Management Subscription' }).waitFor();
    expect(seen).toBe(2);
    expect(refreshes - before).toBe(1);
    await page.unroute(list);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('region', { name: /Mac Management/ }).waitFor();
  }, 60_000);

  it('lists the active subscriptions, searches them, and opens the details with the license keys', async () => {
    await page.getByRole('link', { name: 'Active subscriptions' }).click();
    const item = page.getByRole('article', { name: 'Mac Management Subscription' });
    await item.waitFor();
    expect(await page.getByRole('radiogroup', { name: 'Display' }).textContent()).toContain('Active (1)');
    await page.getByRole('textbox', { name: 'Search subscriptions' }).fill('no such subscription');
    await page.getByText('No subscription matches').waitFor();
    await page.getByRole('textbox', { name: 'Search subscriptions' }).fill('mac');
    await item.waitFor();
    await shot('subscriptions');
    await item.getByRole('link', { name: 'Mac Management Subscription' }).click();

    await page.getByRole('heading', { name: 'Mac Management Subscription' }).waitFor();
    const keys = page.getByRole('table', { name: 'License keys' });
    const primary = keys.getByRole('row', { name: /Primary Key/ });
    await primary.waitFor();
    const cells = await primary.getByRole('cell').allTextContents();
    expect(cells.slice(0, 5)).toEqual(['Primary Key', 'Primary', '2', '0', '2']);
    // Admins see the key in full.
    expect(cells).toContain(key);
    expect(await page.getByRole('table', { name: 'Orders history' }).textContent()).toContain('SO-118822');
    await shot('subscription-details');
  }, 60_000);

  it('works 390 px wide: the menu folds behind a button', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(page.url());
    await phone.getByRole('heading', { name: 'Mac Management Subscription' }).waitFor();
    await phone.getByRole('button', { name: 'Menu' }).click();
    await phone.getByRole('link', { name: 'Dashboard' }).first().click();
    await phone.getByRole('region', { name: /Mac Management/ }).waitFor();
    await shot('dashboard-390', phone);
    const overflow = Number(await phone.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  }, 60_000);

  it('loads the sign-in page with under 300 KB of compressed JavaScript', async () => {
    const fresh = await launchBrowser();
    try {
      const signIn = await fresh.context.newPage();
      const scripts: Promise<Buffer>[] = [];
      signIn.on('response', (r) => {
        if (r.request().resourceType() === 'script') scripts.push(r.body());
      });
      await signIn.goto(`${portal.url}/sign-in`, { waitUntil: 'networkidle' });
      await signIn.getByRole('heading', { name: 'Sign in' }).waitFor();
      const bodies = await Promise.all(scripts);
      const gzipped = bodies.reduce((sum, b) => sum + gzipSync(b).length, 0);
      console.log(`sign-in page: ${bodies.length} scripts, ${(gzipped / 1024).toFixed(1)} KB gzipped`);
      expect(bodies.length).toBeGreaterThan(0);
      expect(gzipped).toBeLessThan(300 * 1024);
    } finally {
      await fresh.close();
    }
  }, 60_000);
});
