import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { SubscriptionEntity } from '#database';
import { generateDevCertificate, generateDevCsr } from '../../apps/licensing/src/mdm/dev-certificate.js';
import type { ProxyAgent } from '../../tools/proxy-agent/src/index.js';
import { launchBrowser, usePortalHarness } from '../support/browser.js';
import { eventually } from '../support/harness.js';
import { createAccount, createMdmSigning, createOperator, createSubscription, daysFromNow, type TestSubscription, type TestUser } from '../support/factories.js';
import { mdmEnv } from '../e2e/mdm/mdm-support.js';
import { Agents, expectAccessible, horizontalOverflow, SHOTS, signIn, signUpCustomer, site, type Customer } from './portal-fixtures.js';

/**
 * The guide's sublicense dialog, Offline Activation and Validation page and MDM certificate page in
 * real Chromium through the gateway. Offline files are made by the reference proxy agent, and the
 * files the portal hands back are imported (and so verified) by that agent.
 */
describe('portal: sublicenses, offline activation and MDM certificate signing', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  let customer: Customer;
  let operator: TestUser;
  let subscription: TestSubscription;
  let agents: Agents;
  let agent: ProxyAgent;
  let csrPem: string;
  let weakCsrPem: string;
  // Before the harness's own teardown: the browser's keep-alive connections would hold the gateway open.
  afterAll(async () => {
    await browser?.close();
    agents?.cleanup();
  });
  const h = usePortalHarness(async () => {
    const [dev, csr, weak] = await Promise.all([
      generateDevCertificate(),
      generateDevCsr({ subject: 'CN=Hopper MDM Push, O=Hopper Systems, C=US' }),
      generateDevCsr({ keyType: 'ec' }),
    ]);
    csrPem = csr.pem;
    weakCsrPem = weak.pem;
    return { services: ['identity', 'licensing', 'activation'], env: mdmEnv(dev), gateway: true };
  });

  beforeAll(async () => {
    customer = await signUpCustomer(h, { firstName: 'Grace', lastName: 'Hopper', email: 'grace.hopper@example.com' }, 'Hopper Systems');
    operator = await createOperator(h.db);
    subscription = await createSubscription(h.db, { accountId: customer.accountId, quantity: 10, endsOn: daysFromNow(200) });
    agents = new Agents(h.gateway.url);
    agent = agents.create();
    await agent.fetchSigningKeys();

    browser = await launchBrowser();
    context = browser.context;
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    mkdirSync(SHOTS, { recursive: true });
    await signIn(page, h.gateway.url, customer);
  }, 120_000);

  const base = () => `${h.gateway.url}/accounts/${customer.accountId}`;
  const keysTable = () => page.getByRole('table', { name: 'License keys' });
  const keyRow = (name: string) => keysTable().getByRole('row', { name: new RegExp(name) });
  const cells = async (name: string) => (await keyRow(name).getByRole('cell').allTextContents()).slice(0, 6);
  const file = (name: string, content: string) => {
    const path = join(agents.dir, name);
    writeFileSync(path, content);
    return path;
  };
  const upload = (path: string) => page.locator('input[type="file"]').setInputFiles(path);
  const shownDate = (day: string) => `${day.slice(5, 7)}/${day.slice(8, 10)}/${day.slice(0, 4)}`;
  /** The messages a field is described by (its error among them), as a screen reader reads them. */
  const describedBy = async (field: Locator) => {
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
    return (await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()))).join(' ');
  };

  describe('sublicenses', () => {
    it('creates one: "N out of M", the rules checked at once, and the server refusal on its field', async () => {
      await page.goto(`${base()}/subscriptions/${subscription.subscription.id}`);
      await keyRow('Primary Key').waitFor();
      // With the keyboard: the button opens the dialog with the focus in its first field.
      await page.getByRole('button', { name: 'Create License Key' }).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Create license key' });
      await dialog.getByLabel('Quota of Licenses (1 out of 10)').waitFor();
      expect(await dialog.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('License Key 1');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Berlin site');
      await expectAccessible(page);
      // The guide's pencil icons: by the subscription's name (rename) and by the key's name.
      await page.getByRole('button', { name: 'Rename subscription' }).locator('svg').waitFor({ state: 'attached' });
      await dialog.getByRole('button', { name: 'Edit the name' }).click();
      expect(await page.evaluate(`document.activeElement?.getAttribute('data-path')`)).toBe('name');

      const quota = dialog.getByLabel(/^Quota of Licenses/);
      await quota.fill('12');
      await dialog.getByLabel('Quota of Licenses (12 out of 10)').waitFor();
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.getByText('At most 10: the primary key has 10 vacant licenses').waitFor();

      await dialog.getByRole('checkbox', { name: 'Renew with Subscription' }).uncheck();
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.getByText('Choose an expiration date, or renew with the subscription').waitFor();
      await dialog.getByRole('checkbox', { name: 'Renew with Subscription' }).check();

      // Someone else takes 8 licenses while the dialog is open: the server refuses 5, on the quota field.
      await quota.fill('5');
      await h.licensing
        .post(`/accounts/${customer.accountId}/subscriptions/${subscription.subscription.id}/sublicenses`)
        .set('authorization', `Bearer ${customer.token}`)
        .send({ quota: 8, name: 'Other key' })
        .expect(201);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.getByText('Not enough vacant licenses on the primary key: 5 needed, 2 vacant').waitFor();
      expect(await quota.getAttribute('aria-invalid')).toBe('true');
      expect(await describedBy(quota)).toContain('Not enough vacant licenses on the primary key: 5 needed, 2 vacant');
      // The keys were fetched again: the quota's limit is today's.
      await dialog.getByLabel('Quota of Licenses (5 out of 2)').waitFor();
      expect(await dialog.getByText('Choose an expiration date').count()).toBe(0);
      // The field in error, with its message, is still accessible.
      await expectAccessible(page);
      await page.screenshot({ path: `${SHOTS}/sublicense-dialog.png` });

      await quota.fill('2');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Berlin site created').waitFor();
      await dialog.waitFor({ state: 'hidden' });
      await keyRow('Berlin site').waitFor();
      expect(await cells('Berlin site')).toEqual(['Berlin site', 'Reserved', '2', '0', '2', expect.stringContaining('/')]);
      expect((await cells('Primary Key')).slice(2, 5)).toEqual(['0', '0', '0']);
      await page.getByText('Every license of the primary key is in use').waitFor();
    }, 90_000);

    it('sorts the license keys by the column clicked (the server sorts; the sort is in the URL)', async () => {
      const names = async () => (await keysTable().locator('tbody tr td:first-child').allTextContents()).map((t) => t.trim());
      const shows = (expected: string[]) => eventually(async () => ((await names()).join('|') === expected.join('|') ? true : undefined), 10_000, `keys in the order ${expected.join(', ')}`);
      await keysTable().getByRole('button', { name: 'Quota' }).click();
      await keysTable().locator('th[aria-sort="ascending"]').waitFor();
      await shows(['Primary Key', 'Berlin site', 'Other key']);
      await keysTable().getByRole('button', { name: 'Quota' }).click();
      await keysTable().locator('th[aria-sort="descending"]').waitFor();
      await shows(['Other key', 'Berlin site', 'Primary Key']);
      expect(new URL(page.url()).searchParams.get('sort')).toBe('quota');
      await page.reload();
      await keysTable().locator('th[aria-sort="descending"]').waitFor();
      await shows(['Other key', 'Berlin site', 'Primary Key']);
    }, 30_000);

    it('pages a subscription with more keys than a page, and counts all of them wherever the page', async () => {
      const big = await createSubscription(h.db, { accountId: customer.accountId, quantity: 30, endsOn: daysFromNow(200) });
      for (let i = 1; i <= 21; i++) {
        await h.licensing
          .post(`/accounts/${customer.accountId}/subscriptions/${big.subscription.id}/sublicenses`)
          .set('authorization', `Bearer ${customer.token}`)
          .send({ quota: 1, name: `Site ${String(i).padStart(2, '0')}` })
          .expect(201);
      }
      await page.goto(`${base()}/subscriptions/${big.subscription.id}`);
      await page.getByText('22 license keys · page 1 of 2').waitFor();
      expect(await keysTable().locator('tbody tr').count()).toBe(20);
      await page.getByRole('navigation', { name: 'License key pages' }).getByRole('button', { name: '2' }).click();
      await page.getByText('22 license keys · page 2 of 2').waitFor();
      await keyRow('Site 21').waitFor();
      expect(await keysTable().locator('tbody tr').count()).toBe(2);
      await page.reload();
      await keyRow('Site 21').waitFor();
      expect(new URL(page.url()).searchParams.get('page')).toBe('2');
      // The primary key is on page 1: the new key's limit and default name still come from all the keys.
      await page.getByRole('button', { name: 'Create License Key' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create license key' });
      await dialog.getByLabel('Quota of Licenses (1 out of 9)').waitFor();
      expect(await dialog.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('License Key 22');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.goto(`${base()}/subscriptions/${subscription.subscription.id}`);
      await keyRow('Primary Key').waitFor();
    }, 60_000);

    it('modifies one with an own expiration date, then back to renewing with the subscription', async () => {
      await page.getByRole('button', { name: 'Modify Berlin site' }).click();
      const dialog = page.getByRole('dialog', { name: 'Modify license key' });
      await dialog.getByLabel('Quota of Licenses (2 out of 2)').waitFor();
      await dialog.getByRole('checkbox', { name: 'Renew with Subscription' }).uncheck();
      const own = daysFromNow(90);
      const shown = `${own.slice(5, 7)}/${own.slice(8, 10)}/${own.slice(0, 4)}`;
      await dialog.getByRole('textbox', { name: 'Expiration Date' }).fill(shown);
      await dialog.getByRole('textbox', { name: 'Name' }).click();
      await dialog.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Berlin site saved').waitFor();
      await page.waitForFunction(`[...document.querySelectorAll('table[aria-label="License keys"] tr')].some((tr) => tr.textContent.includes('Berlin site') && tr.textContent.includes('${shown}'))`);

      await page.getByRole('button', { name: 'Modify Berlin site' }).click();
      await dialog.getByRole('checkbox', { name: 'Renew with Subscription' }).check();
      await dialog.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Berlin site saved').last().waitFor();
      await dialog.waitFor({ state: 'hidden' });
      const end = subscription.subscription.endsOn;
      const endShown = `${end.slice(5, 7)}/${end.slice(8, 10)}/${end.slice(0, 4)}`;
      await page.waitForFunction(`[...document.querySelectorAll('table[aria-label="License keys"] tr')].some((tr) => tr.textContent.includes('Berlin site') && tr.textContent.includes('${endShown}'))`);
    }, 60_000);

    it('deletes one from its dialog: its licenses return to the primary key', async () => {
      await page.getByRole('button', { name: 'Modify Other key' }).click();
      await page.getByRole('dialog', { name: 'Modify license key' }).getByRole('button', { name: 'Delete' }).click();
      const confirm = page.getByRole('dialog', { name: 'Delete Other key?' });
      await confirm.getByText('Its 8 licenses return to the primary key.').waitFor();
      await confirm.getByRole('button', { name: 'Delete license key' }).click();
      await page.getByText('Other key deleted').waitFor();
      await keyRow('Other key').waitFor({ state: 'detached' });
      expect((await cells('Primary Key')).slice(2, 5)).toEqual(['8', '0', '8']);
    }, 30_000);

    it("shows the server's refusal of a date beyond the subscription's end on the date field", async () => {
      // The date is valid when chosen; then the subscription is shortened (as an operator's correction
      // would), so only the server knows: its EXPIRY_AFTER_SUBSCRIPTION lands on Expiration Date.
      const id = subscription.subscription.id;
      const originalEnd = subscription.subscription.endsOn;
      // The earlier tests' notifications have gone (one fading out under the dialog measures as faint).
      await page.waitForFunction(`!document.querySelector('.mantine-Notification-root')`, undefined, { timeout: 15_000 });
      await page.getByRole('button', { name: 'Create License Key' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create license key' });
      await dialog.getByRole('textbox', { name: 'Name' }).fill('Lisbon site');
      await dialog.getByRole('checkbox', { name: 'Renew with Subscription' }).uncheck();
      const date = dialog.getByRole('textbox', { name: 'Expiration Date' });
      await date.fill(shownDate(daysFromNow(100)));
      await dialog.getByRole('textbox', { name: 'Name' }).click();
      const shortened = daysFromNow(60);
      await h.db.getRepository(SubscriptionEntity).update({ id }, { endsOn: shortened });
      try {
        await dialog.getByRole('button', { name: 'Save' }).click();
        const message = `The expiry date cannot be later than the subscription's end (${shortened})`;
        await dialog.getByText(message).waitFor();
        expect(await date.getAttribute('aria-invalid')).toBe('true');
        expect(await describedBy(date)).toContain(message);
        // Nothing else is blamed: the quota is fine, and no general error is shown.
        expect(await dialog.getByLabel(/^Quota of Licenses/).getAttribute('aria-invalid')).not.toBe('true');
        expect(await dialog.getByRole('alert').count()).toBe(0);
        await expectAccessible(page);
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        await dialog.waitFor({ state: 'hidden' });
      } finally {
        await h.db.getRepository(SubscriptionEntity).update({ id }, { endsOn: originalEnd });
      }
      expect(await keyRow('Lisbon site').count()).toBe(0);
    }, 60_000);
  });

  describe('offline activation and validation', () => {
    it('says offline operations are not enabled until an operator turns them on', async () => {
      await page.goto(`${base()}/dashboard`);
      const card = page.getByRole('region', { name: /Mac Management/ });
      await card.getByRole('row', { name: /Offline Operations/ }).getByText('Not enabled').waitFor();
      expect(await card.getByRole('link', { name: 'Offline Operations' }).count()).toBe(0);
      await page.goto(`${base()}/offline`);
      await page.getByText('Offline activation is disabled for this business account by default.').waitFor();
      expect(await page.getByRole('button', { name: 'Select File' }).isDisabled()).toBe(true);
      await expectAccessible(page);

      await h.licensing
        .put(`/operator/accounts/${customer.accountId}/offline-operations`)
        .set('authorization', `Bearer ${operator.token}`)
        .send({ enabled: true })
        .expect(200);
      await page.goto(`${base()}/dashboard`);
      await card.getByRole('link', { name: 'Offline Operations' }).click();
      await page.getByRole('heading', { name: 'Offline Activation and Validation' }).waitFor();
      expect(await page.getByRole('button', { name: 'Select File' }).isDisabled()).toBe(false);
      await expectAccessible(page);
    }, 60_000);

    it('activates: the request file in, the activation file out, imported by the proxy', async () => {
      const request = agent.createActivationRequest({ key: subscription.key, ...site('Offline', 'OFF') });
      const path = file('activation-request.json', JSON.stringify(request));
      await upload(path);
      await page.getByRole('heading', { name: 'Activation request accepted' }).waitFor();
      await page.getByText('Licenses: 8 (0 used, 8 vacant)').waitFor();
      await expectAccessible(page);
      await page.screenshot({ path: `${SHOTS}/offline-activation.png`, fullPage: true });
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the license activation file' }).click()]);
      expect(download.suggestedFilename()).toBe('license-activation.json');
      const payload = agent.importActivationFile(JSON.parse(readFileSync(await download.path(), 'utf8')));
      expect(payload).toMatchObject({ status: 'active', quota: 8, activatedOffline: true });

      // The same file once more is refused, with what to do.
      await upload(file('activation-request-again.json', readFileSync(path, 'utf8')));
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').textContent()).toContain('Already submitted');
      expect(await page.getByRole('alert').textContent()).toContain('Create a new request in the Configuration Manager console');
    }, 60_000);

    it('refuses an altered file and a file that is not a request, each with its own message', async () => {
      const request = agent.createRefreshRequest({ managed: 1 });
      const altered = { ...request, payload: { ...request.payload, installationId: request.payload.installationId, nonce: `${request.payload.nonce}x` } };
      await upload(file('altered.json', JSON.stringify(altered)));
      await page.getByRole('alert').filter({ hasText: 'The file was altered' }).waitFor();
      await upload(file('notes.txt', 'this is not a request'));
      await page.getByRole('alert').filter({ hasText: 'Not an offline request file' }).waitFor();
      expect(await page.getByRole('alert').textContent()).toContain('notes.txt');
      await expectAccessible(page);
    }, 60_000);

    it('refreshes with usage: the subscription information file out, imported by the proxy', async () => {
      const request = agent.createRefreshRequest({ managed: 3, peak: 4 });
      await upload(file('refresh-request.json', JSON.stringify(request)));
      await page.getByRole('heading', { name: 'Refresh request accepted' }).waitFor();
      await page.getByText('Licenses: 8 (3 used, 5 vacant)').waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the subscription information file' }).click()]);
      const payload = agent.importSubscriptionFile(JSON.parse(readFileSync(await download.path(), 'utf8')));
      expect(payload).toMatchObject({ type: 'subscription-information', used: 3, vacant: 5 });
    }, 60_000);

    it('completes an offline deactivation: the key is released', async () => {
      const request = agent.createDeactivationRequest();
      await upload(file('deactivation-request.json', JSON.stringify(request)));
      await page.getByText('Deactivation complete').waitFor();
      await page.getByText('sccm-offline.corp.example is deactivated').waitFor();
      await page.goto(`${base()}/proxy-servers?filter=deactivated`);
      await page.getByRole('table', { name: 'Proxy servers' }).getByRole('button', { name: 'sccm-offline.corp.example' }).waitFor();
    }, 60_000);
  });

  describe('MDM certificate', () => {
    it('signs an uploaded CSR, downloads the push certificate request, and lists the signing', async () => {
      await page.goto(`${base()}/dashboard`);
      await page.getByRole('link', { name: 'MDM Certificate', exact: true }).click();
      await page.getByRole('heading', { name: 'MDM Certificate Signing' }).waitFor();
      await page.getByText('No CSR signed yet for this account.').waitFor();
      await expectAccessible(page);

      await upload(file('weak.csr', weakCsrPem));
      await page.getByRole('alert').filter({ hasText: 'Key too weak' }).waitFor();

      const [download] = await Promise.all([page.waitForEvent('download'), upload(file('mdm-push.csr', csrPem))]);
      expect(download.suggestedFilename()).toBe('push-certificate-request.plist.b64');
      const xml = Buffer.from(readFileSync(await download.path(), 'ascii'), 'base64').toString('utf8');
      expect(xml).toContain('<key>PushCertRequestCSR</key>');
      await page.getByText('Push certificate request signed').waitFor();
      const signings = page.getByRole('table', { name: 'Earlier signings' });
      const row = signings.getByRole('row', { name: /Hopper MDM Push/ });
      await row.waitFor();
      expect(await row.textContent()).toContain('Grace Hopper');
      expect(await row.textContent()).toContain('RSA 2048');
      await expectAccessible(page);
      await page.screenshot({ path: `${SHOTS}/mdm-certificate.png`, fullPage: true });
    }, 60_000);

    it('keeps the page of the earlier signings across a reload', async () => {
      // 10 later signings on top of the one above: 11, so the first signing is alone on page 2.
      for (let i = 1; i <= 10; i += 1) await createMdmSigning(h.db, customer.accountId, customer, { csrSubject: `CN=Later Push ${i}, O=Hopper Systems` });
      await page.goto(`${base()}/mdm-certificate`);
      const signings = page.getByRole('table', { name: 'Earlier signings' });
      await signings.getByRole('row', { name: /Later Push 10,/ }).waitFor();
      expect(await signings.getByRole('row').count()).toBe(11);
      await page.getByRole('navigation', { name: 'Signing pages', exact: true }).getByRole('button', { name: '2', exact: true }).click();
      await signings.getByRole('row', { name: /Hopper MDM Push/ }).waitFor();
      expect(new URL(page.url()).searchParams.get('page')).toBe('2');

      await page.reload();
      await signings.getByRole('row', { name: /Hopper MDM Push/ }).waitFor();
      expect(await signings.getByRole('row').count()).toBe(2);
      expect(await page.getByRole('navigation', { name: 'Signing pages', exact: true }).getByRole('button', { name: '2', exact: true }).getAttribute('aria-current')).toBe('page');
      await expectAccessible(page);
    }, 60_000);

    it('offers no upload where the dashboard says signing is unavailable (no active subscription)', async () => {
      const empty = await createAccount(h.db, customer, 'Hopper Labs');
      await page.goto(`${h.gateway.url}/accounts/${empty.id}/mdm-certificate`);
      await page.getByText('An active subscription is needed').waitFor();
      expect(await page.getByRole('button', { name: 'Upload CSR' }).isDisabled()).toBe(true);
      await expectAccessible(page);
    }, 30_000);
  });

  it('works 390 px wide: subscription details, offline and MDM pages do not overflow', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    for (const [path, heading] of [
      [`/subscriptions/${subscription.subscription.id}`, 'Mac Management for Microsoft SCCM Subscription'],
      ['/offline', 'Offline Activation and Validation'],
      ['/mdm-certificate', 'MDM Certificate Signing'],
    ] as const) {
      await phone.goto(`${base()}${path}`);
      await phone.getByRole('heading', { name: heading }).waitFor();
      expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    }
    await phone.screenshot({ path: `${SHOTS}/mdm-certificate-390.png`, fullPage: true });
    await phone.close();
  }, 60_000);
});
