import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { generateDevCertificate } from '../../apps/licensing/src/mdm/dev-certificate.js';
import { AgentFactory } from '../e2e/activation/activation-fixtures.js';
import { mdmEnv } from '../e2e/mdm/mdm-support.js';
import { createAccount, createSubscription, createUser, type TestUser } from '../support/factories.js';
import { eventually, uniqueEmail } from '../support/harness.js';
import { launchBrowser, usePortalHarness } from '../support/browser.js';
import { expectAccessible } from './portal-fixtures.js';

/**
 * The operators' back office in a real browser, through the gateway, against the real services:
 * an operator created with `operator:create` signs in, finds an account by its support code, issues
 * a subscription (the key shown once and copied), suspends, reactivates, renews and cancels it, turns
 * offline operations on, retries the email SMTP refused, manages a product's downloads and support
 * contacts, and reads the MDM vendor certificate's expiry. Screenshots go to docs/screenshots.
 */
const SHOTS = 'docs/screenshots';
const run = promisify(execFile);
const DAY = 86_400_000;
const operator = { email: uniqueEmail('olga'), password: 'vendor-staff-1', firstName: 'Olga', lastName: 'Operator' };
const SHA = 'a'.repeat(64);

describe('portal: an operator in the back office', () => {
  // Before the harness's own teardown: the browser's keep-alive connections would hold the gateway open.
  afterAll(async () => {
    agents?.cleanup();
    await browser?.close();
  });
  const h = usePortalHarness(async () => {
    const dev = await generateDevCertificate({ notAfter: new Date(Date.now() + 20 * DAY + 3_600_000) });
    return {
      services: ['identity', 'licensing', 'activation', 'notification'],
      env: { ...mdmEnv(dev), NOTIFICATION_ATTEMPTS: '2', NOTIFICATION_BACKOFF_MS: '100' },
    };
  });
  let url: string;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  let agents: AgentFactory;
  let admin: TestUser;
  let account: { id: string; supportCode: string; companyName: string };
  let issuedKey = '';

  beforeAll(async () => {
    url = h.gateway.url;
    // The operator as the README says: the CLI (built by the e2e global setup), then the sign-in page.
    const { NODE_OPTIONS: _ignored, ...env } = process.env;
    await run(
      process.execPath,
      ['dist/scripts/operator-create.js', '--email', operator.email, '--first-name', operator.firstName, '--last-name', operator.lastName, '--password', operator.password],
      { env: { ...env, DATABASE_URL: h.env.DATABASE_URL, PASSWORD_HASH_MEMORY_KIB: '4096', PASSWORD_HASH_ITERATIONS: '1' } },
    );
    // A customer's account with one proxy server, and another account the search must leave out.
    admin = await createUser(h.db, { email: uniqueEmail('hank'), firstName: 'Hank', lastName: 'Scorpio' });
    const globex = await createAccount(h.db, admin, 'Globex Corporation');
    account = { id: globex.id, supportCode: globex.supportCode, companyName: globex.companyName };
    await createAccount(h.db, await createUser(h.db), 'Globex Other Ltd');
    const existing = await createSubscription(h.db, { accountId: globex.id, quantity: 10 });
    agents = new AgentFactory(() => h.service('activation').url);
    await agents.create().activate({ key: existing.key, serverName: 'sccm-proxy-01.globex.example', siteCode: 'GLX', siteDescription: 'Cypress Creek', appVersion: '6.0.0.74' });

    browser = await launchBrowser();
    context = browser.context;
    context.setDefaultTimeout(15_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    page = await context.newPage();
    mkdirSync(SHOTS, { recursive: true });
  }, 180_000);

  const shot = (name: string, target: Page = page) => target.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  const nav = (name: string) => page.getByRole('navigation', { name: 'Back office sections' }).getByRole('link', { name });
  const row = (table: string, name: RegExp | string) => page.getByRole('table', { name: table, exact: true }).getByRole('row', { name });

  it('signs in as an operator and lands in the back office', async () => {
    await page.goto(`${url}/`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').fill(operator.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(operator.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Accounts' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/operator/accounts');
    await page.getByText('Back office', { exact: true }).waitFor();
  }, 60_000);

  it('shows which accounts require their single sign-on', async () => {
    await page.getByText('No business account has connected its own sign-in provider.').waitFor();
    // Globex connects its own provider and requires it (the back office never reads the secret).
    await h.db.query(
      `INSERT INTO account_sso_configs (account_id, issuer, client_id, client_secret_encrypted, allowed_domains, required) VALUES ($1, 'https://login.globex.example', 'portal', 'not-read', '{globex.example}', true)`,
      [account.id],
    );
    await page.reload();
    const sso = row('Accounts with single sign-on', /Globex Corporation/);
    await sso.waitFor();
    expect(await sso.textContent()).toMatch(/https:\/\/login\.globex\.example.*globex\.example.*Must use it/);
    await page.getByText('1 SSO account', { exact: true }).waitFor();
    await expectAccessible(page);
    // Disconnected again (the sign-in page of the later tests offers no SSO button).
    await h.db.query(`DELETE FROM account_sso_configs WHERE account_id = $1`, [account.id]);
    await page.reload();
    await page.getByText('No business account has connected its own sign-in provider.').waitFor();
  }, 60_000);

  it('finds the account by its support code and shows its subscriptions, proxy servers and members', async () => {
    const search = page.getByRole('textbox', { name: 'Find an account' });
    await search.fill('99999-99999');
    await page.getByText('No account matches "99999-99999"').waitFor();
    await search.fill('Globex');
    await row('Accounts', /Globex Other Ltd/).waitFor();
    await search.fill(account.supportCode);
    await page.getByText('1 account', { exact: true }).waitFor();
    expect(await page.getByRole('table', { name: 'Accounts' }).getByRole('row').count()).toBe(2);
    await row('Accounts', /Globex Corporation/).waitFor();
    await expectAccessible(page);
    await shot('back-office-accounts');
    await page.getByRole('link', { name: 'Globex Corporation' }).click();

    await page.getByRole('heading', { name: 'Globex Corporation', level: 2 }).waitFor();
    await page.getByText(account.supportCode).first().waitFor();
    await row('Proxy servers', /sccm-proxy-01\.globex\.example/).waitFor();
    expect(await row('Proxy servers', /sccm-proxy-01/).textContent()).toContain('GLX');
    await row('Members', new RegExp(admin.email.replace('.', '\\.'))).waitFor();
    expect(await row('Members', /Hank Scorpio/).textContent()).toContain('Admin');
    expect(await page.getByRole('table', { name: 'Subscriptions' }).getByRole('row').count()).toBe(2);
    await page.getByLabel('Offline operations are off').waitFor();
    await expectAccessible(page);
  }, 60_000);

  it('creates a subscription for the account, shows its primary key once and copies it', async () => {
    await page.getByRole('button', { name: 'New subscription' }).click();
    const dialog = page.getByRole('dialog', { name: 'New subscription for Globex Corporation' });
    await dialog.getByLabel('Name').fill('Globex Mac Fleet');
    await dialog.getByRole('textbox', { name: 'Licenses' }).fill('25');
    await dialog.getByLabel('Sales order reference').fill('SO-424242');
    await expectAccessible(page);
    await shot('back-office-new-subscription');
    await dialog.getByRole('button', { name: 'Create subscription' }).click();

    const created = page.getByRole('dialog', { name: 'Subscription created' });
    await created.getByText('Hand this primary license key to the customer').waitFor();
    issuedKey = (await created.getByText(/^[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$/).textContent()) ?? '';
    expect(issuedKey).toMatch(/^[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$/);
    await created.getByRole('button', { name: 'Copy key' }).click();
    await created.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(issuedKey);
    await shot('back-office-key-once');
    await created.getByRole('link', { name: 'Open the subscription' }).click();

    await page.getByRole('heading', { name: 'Globex Mac Fleet' }).waitFor();
    expect(await row('Subscription', /Licenses/).textContent()).toContain('25');
    expect(await row('Order history', /Purchase/).textContent()).toContain('SO-424242');
    expect(await row('License keys', /Primary/).textContent()).toContain(issuedKey);
    await expectAccessible(page);
  }, 60_000);

  it('suspends, reactivates, upgrades, renews and cancels it, each shown with its order', async () => {
    const status = () => row('Subscription', /^Status/).textContent();
    const act = async (button: string, dialogTitle: string, done: string, fill?: () => Promise<void>) => {
      await page.getByRole('group', { name: 'Subscription actions' }).getByRole('button', { name: button }).click();
      const dialog = page.getByRole('dialog', { name: dialogTitle });
      await fill?.();
      await dialog.getByLabel('Reference (sales order or ticket)').fill(`T-${button}`);
      await dialog.getByRole('button', { name: button }).click();
      await page.getByText(done).first().waitFor();
      await dialog.waitFor({ state: 'hidden' });
    };

    await act('Suspend', 'Suspend the subscription', 'Subscription suspended');
    expect(await status()).toContain('Suspended');
    await row('Order history', /Suspension/).waitFor();
    await act('Reactivate', 'Reactivate the subscription', 'Subscription reactivated');
    expect(await status()).toContain('Active');
    await row('Order history', /Reactivation/).waitFor();

    await act('Upgrade', 'Add licenses', 'Licenses added', async () => {
      await page.getByRole('dialog', { name: 'Add licenses' }).getByLabel('Licenses to add').fill('5');
    });
    expect(await row('Subscription', /Licenses/).textContent()).toContain('30');
    expect(await row('Order history', /Upgrade/).textContent()).toContain('+5');

    const before = (await row('Subscription', /Expiration date/).textContent()) ?? '';
    // Renewal by keyboard: the new end date (a year later) is proposed; Enter sends the form.
    await page.getByRole('group', { name: 'Subscription actions' }).getByRole('button', { name: 'Renew' }).click();
    const renew = page.getByRole('dialog', { name: 'Renew the subscription' });
    await renew.getByLabel('Reference (sales order or ticket)').fill('T-Renew');
    await renew.getByLabel('Reference (sales order or ticket)').press('Enter');
    await page.getByText('Subscription renewed').first().waitFor();
    await row('Order history', /Renewal/).waitFor();
    expect(await row('Subscription', /Expiration date/).textContent()).not.toBe(before);
    await shot('back-office-subscription');

    await page.getByRole('button', { name: 'Edit details' }).click();
    const edit = page.getByRole('dialog', { name: "Edit the subscription's details" });
    await edit.getByLabel('Contract number').fill('C-2026-00042');
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Subscription details saved').first().waitFor();
    await page.getByText('Contract number: C-2026-00042').waitFor();

    await act('Cancel subscription', 'Cancel the subscription', 'Subscription cancelled');
    expect(await status()).toContain('Cancelled');
    await page.getByText('A cancelled subscription takes no more changes.').waitFor();
    await row('Order history', /Cancellation/).waitFor();
  }, 90_000);

  it('lists it among every subscription, filtered by status', async () => {
    await nav('Subscriptions').click();
    await page.getByRole('heading', { name: 'Subscriptions' }).waitFor();
    await page.getByText('Cancelled (1)').click();
    await page.getByText('1 subscription', { exact: true }).waitFor();
    await row('Subscriptions', /Globex Mac Fleet/).waitFor();
    expect(await page.getByRole('table', { name: 'Subscriptions' }).getByRole('row').count()).toBe(2);
    await page.getByRole('textbox', { name: 'Search' }).fill('no such thing');
    await page.getByText('No subscription matches').waitFor();
    await page.getByRole('textbox', { name: 'Search' }).fill('');
    await page.getByText('All (2)').click();
    await page.getByText('2 subscriptions', { exact: true }).waitFor();
    await row('Subscriptions', /Globex Corporation/).first().waitFor();
    await expectAccessible(page);
    await shot('back-office-subscriptions');
  }, 60_000);

  it('turns offline operations on; the email SMTP refused is retried from the delivery log and sent', async () => {
    h.smtp.refuse('always');
    await page.goto(`${url}/operator/accounts/${account.id}`);
    await page.getByLabel('Offline operations are off').click({ force: true });
    await page.getByText('Offline operations turned on; the admins are emailed').waitFor();
    await page.getByLabel('Offline operations are on').waitFor();

    // Barrier: the admin's email has been refused for good before the log is looked at.
    const signedIn = await h.identity.post('/auth/sign-in').send({ email: operator.email, password: operator.password }).expect(200);
    const operatorToken: string = signedIn.body.accessToken;
    await eventually(async () => {
      const res = await h.notification.get('/deliveries').query({ recipient: admin.email, status: 'dead' }).set('authorization', `Bearer ${operatorToken}`);
      return res.body.total === 1 ? true : undefined;
    }, 20_000, 'the refused delivery');
    h.smtp.accept();

    await nav('Email deliveries').click();
    await page.getByRole('heading', { name: 'Email deliveries' }).waitFor();
    await page.getByRole('textbox', { name: 'Recipient' }).fill(admin.email);
    const delivery = row('Email deliveries', /offline-operations-enabled/);
    await delivery.waitFor();
    expect(await delivery.textContent()).toContain('dead');
    expect(await delivery.textContent()).toContain('550');
    await expectAccessible(page);
    await shot('back-office-deliveries');
    await delivery.getByRole('button', { name: `Retry the email to ${admin.email}` }).click();
    await page.getByText(`The email to ${admin.email} is queued again`).waitFor();
    await delivery.getByText('sent', { exact: true }).waitFor({ timeout: 20_000 });
    const mail = await h.smtp.waitFor((m) => m.to.includes(admin.email.toLowerCase()));
    expect(mail.subject).toContain('offline operations are now enabled');
  }, 90_000);

  it('manages a download version and the support contacts of a product', async () => {
    await nav('Products').click();
    await page.getByRole('heading', { name: 'Products' }).waitFor();
    await page.getByRole('table', { name: 'Products' }).getByRole('link').first().waitFor();
    await expectAccessible(page);
    await page.getByRole('table', { name: 'Products' }).getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Downloads catalogue' }).waitFor();
    await page.getByText('No downloads yet').waitFor();

    const addDownload = async (version: string, name: string) => {
      await page.getByRole('button', { name: 'Add download' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a download' });
      await dialog.getByLabel('Version').fill(version);
      await dialog.getByLabel('Name').fill(name);
      await dialog.getByLabel('Size in bytes').fill('184549376');
      await dialog.getByLabel('SHA-256').fill(SHA);
      await dialog.getByLabel('Download address').fill(`https://downloads.example.com/mac-management/${version}/setup.msi`);
      await dialog.getByRole('button', { name: 'Add download' }).click();
      await page.getByText(`${name} added to version ${version}`).waitFor();
    };
    await addDownload('7.2.1', 'Mac Management installer');
    const installer = row('Downloads of version 7.2.1', /Mac Management installer/);
    await installer.waitFor();
    expect(await installer.textContent()).toContain('176 MB');

    await installer.getByRole('button', { name: 'Change Mac Management installer' }).click();
    const change = page.getByRole('dialog', { name: 'Change Mac Management installer' });
    await change.getByLabel('Name').fill('Mac Management setup');
    await change.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Mac Management setup changed').waitFor();
    await row('Downloads of version 7.2.1', /Mac Management setup/).waitFor();

    await addDownload('7.3.0', 'Release notes');
    await row('Downloads of version 7.3.0', /Release notes/).waitFor();
    await expectAccessible(page);
    await shot('back-office-downloads');
    await page.getByRole('combobox', { name: 'Version' }).click();
    await page.getByRole('option', { name: '7.2.1' }).click();
    const setup = row('Downloads of version 7.2.1', /Mac Management setup/);
    await setup.getByRole('button', { name: 'Remove Mac Management setup' }).click();
    await page.getByRole('dialog', { name: 'Remove the download' }).getByRole('button', { name: 'Remove' }).click();
    await page.getByText('Mac Management setup removed').waitFor();
    // The version is gone with its last download; the other one is shown.
    await row('Downloads of version 7.3.0', /Release notes/).waitFor();

    const support = page.getByRole('region', { name: 'Support contacts' });
    await support.getByLabel('Email').fill('support@vendor.example');
    await support.getByLabel('Hours').fill('24/7');
    await support.getByRole('button', { name: 'Save support contacts' }).click();
    await page.getByText('Support contacts saved').waitFor();
    await page.reload();
    expect(await page.getByRole('region', { name: 'Support contacts' }).getByLabel('Email').inputValue()).toBe('support@vendor.example');
  }, 90_000);

  it('shows the MDM vendor certificate expiring in 20 days', async () => {
    await nav('MDM certificate').click();
    await page.getByText('The vendor certificate expires in 20 days').waitFor();
    expect(await row('Vendor certificate', /Subject/).textContent()).toContain('MDM Vendor: Development Vendor');
    await expectAccessible(page);
    await shot('back-office-mdm-certificate');
  }, 30_000);

  it('finds a user and their business accounts', async () => {
    await nav('Users').click();
    await page.getByRole('textbox', { name: 'Find a user' }).fill(admin.email);
    await page.getByRole('link', { name: 'Hank Scorpio' }).click();
    await row('Business accounts', /Globex Corporation/).waitFor();
    expect(await row('Business accounts', /Globex Corporation/).textContent()).toContain('Admin');
    await expectAccessible(page);
  }, 30_000);

  it('pages the users list with the shared pager: the count and the named page links', async () => {
    // 21 users whose email starts with "pager": 20 a page, so the 21st (by email) is alone on page 2.
    for (let i = 1; i <= 21; i += 1) await createUser(h.db, { email: uniqueEmail(`pager${String(i).padStart(2, '0')}`), firstName: 'Paige', lastName: `Pager ${i}` });
    await nav('Users').click();
    await page.getByRole('textbox', { name: 'Find a user' }).fill('pager');
    await page.getByText('21 users · page 1 of 2', { exact: true }).waitFor();
    const users = page.getByRole('table', { name: 'Users' });
    await users.getByRole('link', { name: 'Paige Pager 1', exact: true }).waitFor();
    expect(await users.locator('tbody tr').count()).toBe(20);
    const pages = page.getByRole('navigation', { name: 'User pages', exact: true });
    await pages.getByRole('button', { name: '2', exact: true }).click();
    await page.getByText('21 users · page 2 of 2', { exact: true }).waitFor();
    await users.getByRole('link', { name: 'Paige Pager 21', exact: true }).waitFor();
    expect(await users.locator('tbody tr').count()).toBe(1);
    expect(await pages.getByRole('button', { name: '2', exact: true }).getAttribute('aria-current')).toBe('page');
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    // One match: the count alone, no page links.
    await page.getByRole('textbox', { name: 'Find a user' }).fill(admin.email);
    await page.getByText('1 user', { exact: true }).waitFor();
    expect(await pages.count()).toBe(0);
    await expectAccessible(page);
  }, 60_000);

  it('works 390 px wide and refuses customers', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${url}/operator/accounts/${account.id}`);
    await phone.getByRole('heading', { name: 'Globex Corporation', level: 2 }).waitFor();
    await phone.getByRole('table', { name: 'Proxy servers' }).waitFor();
    await shot('back-office-account-390', phone);
    const overflow = Number(await phone.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.getByRole('button', { name: 'Menu' }).click();
    await phone.getByRole('link', { name: 'Email deliveries' }).click();
    await phone.getByRole('heading', { name: 'Email deliveries' }).waitFor();
    await phone.close();

    // A customer who opens the back office is told it is not theirs (and the APIs refuse anyway).
    const customer = { email: uniqueEmail('cust'), password: 'customer-pass-1' };
    await h.identity.post('/auth/sign-up').send({ ...customer, firstName: 'Carl', lastName: 'Customer', acceptTerms: true });
    const other = await launchBrowser();
    try {
      const p = await other.context.newPage();
      await p.goto(`${url}/operator/accounts`);
      await p.getByRole('heading', { name: 'Sign in' }).waitFor();
      await p.getByLabel('Email').fill(customer.email);
      await p.getByRole('textbox', { name: 'Password' }).fill(customer.password);
      await p.getByRole('button', { name: 'Sign in' }).click();
      await p.getByText('The back office is for operators').waitFor();
      expect(await p.getByRole('navigation', { name: 'Back office sections' }).count()).toBe(0);
    } finally {
      await other.close();
    }
  }, 60_000);
});
