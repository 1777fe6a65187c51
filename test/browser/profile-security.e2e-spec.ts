import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { signInPageBudget } from '../../scripts/lib/portal-budget.js';
import { horizontalOverflow, seriousA11yViolations } from '../support/axe.js';
import { launchBrowser, usePortalHarness } from '../support/browser.js';
import { createOperator, daysFromNow } from '../support/factories.js';
import { uniqueEmail } from '../support/harness.js';

/**
 * The person's own pages in a real browser through the gateway: Personal Profile (names, and the
 * email change confirmed by following the link sent to the new address, the old one told),
 * Security Settings (sessions, signing one out, the password), Downloads with the version
 * selector and Support with the support code; axe-core on each, 390 px wide, and the sign-in
 * page's JavaScript budget on the build.
 */
const SHOTS = 'docs/screenshots';
const PASSWORD = 'analytical-engine-1';
const NEW_PASSWORD = 'difference-engine-2';

describe('portal: personal profile, security settings, downloads and support', () => {
  // Before the harness's own teardown: the browser's keep-alive connections would hold the gateway open.
  afterAll(async () => {
    await browser?.close();
  });
  const h = usePortalHarness({ services: ['identity', 'licensing', 'notification'] });
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let accountId: string;
  let supportCode: string;
  const email = uniqueEmail('grace');
  const newEmail = uniqueEmail('grace-new');

  const shot = (name: string, target: Page = page) => target.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  const expectAccessible = async (target: Page = page) => expect(await seriousA11yViolations(target)).toEqual([]);
  const openMenu = async (item: string) => {
    await page.getByRole('button', { name: 'Your profile and sign out' }).click();
    await page.getByRole('menuitem', { name: item }).click();
  };
  const nav = (name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name }).click();

  beforeAll(async () => {
    const me = await h.identity.post('/auth/sign-up').send({ firstName: 'Grace', lastName: 'Hopper', email, password: PASSWORD, acceptTerms: true }).expect(201);
    const account = await h.identity
      .post('/accounts')
      .set('authorization', `Bearer ${me.body.accessToken}`)
      .send({ companyName: 'Navy Labs', country: 'US', state: 'VA', city: 'Arlington', zip: '22202', phone: '(703)555-0100' })
      .expect(201);
    accountId = account.body.id;
    supportCode = account.body.supportCode;
    const operator = await createOperator(h.db);
    const op = (req: ReturnType<typeof h.licensing.post>) => req.set('authorization', `Bearer ${operator.token}`);
    await op(h.licensing.post('/operator/subscriptions')).send({ accountId, quantity: 10, endsOn: daysFromNow(365), name: 'Mac Management Subscription' }).expect(201);
    const products = await h.licensing.get('/operator/products').set('authorization', `Bearer ${operator.token}`).expect(200);
    const product = products.body.items.find((p: { code: string }) => p.code === 'mac-management');
    const download = (version: string, name: string, kind: string) =>
      op(h.licensing.post(`/operator/products/${product.id}/downloads`))
        .send({ version, name, kind, sizeBytes: 184_549_376, sha256: 'ab'.repeat(32), url: `https://downloads.example.com/${version}/${kind}` })
        .expect(201);
    await download('7.1.0', 'Mac Management 7.1 installer', 'installer');
    await download('7.2.1', 'Mac Management 7.2.1 installer', 'installer');
    await download('7.2.1', 'Administrator guide', 'document');
    await h.licensing
      .put(`/operator/products/${product.id}/support`)
      .set('authorization', `Bearer ${operator.token}`)
      .send({ phone: '+41 52 672 20 30', email: 'support@vendor.example', hours: '24/7', url: 'https://support.vendor.example/mac-management' })
      .expect(200);
    browser = await launchBrowser();
    browser.context.setDefaultTimeout(15_000);
    page = await browser.context.newPage();
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  it('signs in (the sign-in page passes axe-core) and edits the names in Personal Profile', async () => {
    await page.goto(`${h.gateway.url}/sign-in`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expectAccessible();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Products' }).waitFor();

    await openMenu('Personal Profile');
    await page.getByRole('heading', { name: 'Personal Profile' }).waitFor();
    const names = page.getByRole('region', { name: 'Name' });
    expect(await names.getByLabel('First name').inputValue()).toBe('Grace');
    await names.getByLabel('Last name').fill('Brewster Hopper');
    await names.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Your name is updated.').waitFor();
    await page.getByRole('button', { name: 'Your profile and sign out' }).click();
    await page.getByText(`Grace Brewster Hopper · ${email}`).waitFor();
    await page.keyboard.press('Escape');
  }, 90_000);

  it('changes the email: one link to the new address, followed; the old address is told', async () => {
    const emailCard = page.getByRole('region', { name: 'Email' });
    await emailCard.getByText(`You sign in with ${email}.`).waitFor();
    await emailCard.getByLabel('New email').fill(newEmail);
    await emailCard.getByLabel('Current password').fill('not-my-password-1');
    await emailCard.getByRole('button', { name: 'Change email' }).click();
    await emailCard.getByRole('alert').getByText('The current password is incorrect').waitFor();
    await emailCard.getByLabel('Current password').fill(PASSWORD);
    await emailCard.getByRole('button', { name: 'Change email' }).click();
    await page.getByText(`We sent a confirmation link to ${newEmail}.`).waitFor();
    await emailCard.getByText('Waiting for confirmation').waitFor();
    await expectAccessible();
    await shot('personal-profile');

    const mail = await h.smtp.waitFor((m) => m.to.includes(newEmail));
    expect(mail.subject).toBe('Confirm your new Mac Management email');
    const link = /http:\/\/portal\.test(\/email-change\/confirm\?token=[A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    expect(link).toBeDefined();
    await page.goto(`${h.gateway.url}${link}`);
    await page.getByRole('heading', { name: 'Your email is changed' }).waitFor();
    await page.getByText(`From now on you sign in with ${newEmail}.`).waitFor();
    await shot('email-changed');
    const notice = await h.smtp.waitFor((m) => m.to.includes(email) && m.subject === 'Your Mac Management email was changed');
    expect(notice.text).toContain(`from ${email} to ${newEmail}`);
    // One email each way (besides the welcome): the link and the notice.
    expect(h.smtp.to(newEmail)).toHaveLength(1);
    expect(h.smtp.to(email).map((m) => m.subject)).toEqual(['Welcome to Mac Management, Grace', 'Your Mac Management email was changed']);

    await page.getByRole('link', { name: 'Continue to My Account' }).click();
    await page.getByRole('heading', { name: 'Products' }).waitFor();
    await page.goto(`${h.gateway.url}/profile`);
    await page.getByRole('region', { name: 'Email' }).getByText(`You sign in with ${newEmail}.`).waitFor();
    // Followed twice, the link says it is spent.
    await page.goto(`${h.gateway.url}${link}`);
    await page.getByRole('heading', { name: 'Your email was not changed' }).waitFor();
    await page.getByText('This confirmation link is not valid or was already used').waitFor();
    await page.goto(`${h.gateway.url}/profile`);
  }, 90_000);

  it('lists the sessions in Security Settings, signs another one out, and changes the password', async () => {
    const elsewhere = await h.identity.post('/auth/sign-in').set('user-agent', 'Other Browser/1.0').send({ email: newEmail, password: PASSWORD }).expect(200);
    await openMenu('Security Settings');
    await page.getByRole('heading', { name: 'Security Settings' }).waitFor();
    // The sign-in methods (password, providers) are listed on the same page.
    await page.getByRole('heading', { name: 'Sign-in methods' }).waitFor();
    const sessions = page.getByRole('table', { name: 'Sessions' });
    const otherRow = sessions.getByRole('row', { name: /Other Browser\/1\.0/ });
    await otherRow.waitFor();
    await sessions.getByRole('row', { name: /This session/ }).waitFor();
    await expectAccessible();
    await shot('security-settings');
    await otherRow.getByRole('button', { name: /Sign out the session/ }).click();
    await page.getByText('Session signed out').waitFor();
    await otherRow.waitFor({ state: 'detached' });
    expect((await h.identity.post('/auth/refresh').send({ refreshToken: elsewhere.body.refreshToken })).body.code).toBe('SESSION_REVOKED');

    const password = page.getByRole('region', { name: 'Password' });
    await password.getByLabel('Current password').fill(PASSWORD);
    await password.getByRole('textbox', { name: /^New password/ }).fill(NEW_PASSWORD);
    await password.getByLabel('Repeat new password').fill('something-else-3');
    await password.getByRole('button', { name: 'Change password' }).click();
    await password.getByText('The passwords differ').waitFor();
    await password.getByLabel('Repeat new password').fill(NEW_PASSWORD);
    await password.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed').waitFor();
    expect((await h.identity.post('/auth/sign-in').send({ email: newEmail, password: NEW_PASSWORD })).status).toBe(200);
  }, 90_000);

  it('shows the downloads of the newest version and of an older one with the version selector', async () => {
    await page.goto(`${h.gateway.url}/accounts/${accountId}/dashboard`);
    await page.getByRole('link', { name: 'Installers for each version' }).click();
    await page.getByRole('heading', { name: 'Downloads' }).waitFor();
    const table = page.getByRole('table', { name: 'Downloads' });
    await table.getByRole('link', { name: 'Mac Management 7.2.1 installer' }).waitFor();
    await table.getByRole('link', { name: 'Administrator guide' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Version' }).inputValue()).toBe('7.2.1');
    await expectAccessible();
    await shot('downloads');
    await page.getByRole('combobox', { name: 'Version' }).click();
    await page.getByRole('option', { name: '7.1.0' }).click();
    await table.getByRole('link', { name: 'Mac Management 7.1 installer' }).waitFor();
    expect(await table.getByRole('row').count()).toBe(2);
  }, 60_000);

  it('shows the support code and the contacts on the Support page', async () => {
    await nav('Support');
    await page.getByRole('heading', { name: 'Support', exact: true }).waitFor();
    await page.getByText(`Support Code: ${supportCode}`).waitFor();
    const contact = page.getByRole('region', { name: /support$/ }).filter({ hasText: '+41 52 672 20 30' });
    await contact.getByRole('link', { name: 'support@vendor.example' }).waitFor();
    expect(await contact.getByRole('link', { name: 'Support web page' }).getAttribute('href')).toBe('https://support.vendor.example/mac-management');
    await expectAccessible();
    await shot('support');
  }, 60_000);

  it('works 390 px wide', async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    for (const [path, heading] of [
      ['/profile', 'Personal Profile'],
      ['/security', 'Security Settings'],
      [`/accounts/${accountId}/downloads`, 'Downloads'],
      [`/accounts/${accountId}/support`, 'Support'],
    ] as const) {
      await phone.goto(`${h.gateway.url}${path}`);
      await phone.getByRole('heading', { name: heading, exact: true }).waitFor();
      expect({ path, overflow: await horizontalOverflow(phone) }).toEqual({ path, overflow: 0 });
    }
    await shot('security-settings-390', phone);
    await phone.close();
  }, 60_000);

  it('keeps the sign-in page under 300 KB of compressed JavaScript (the build\'s chunks)', () => {
    const report = signInPageBudget();
    console.log(`sign-in page: ${report.chunks.length} chunks, ${(report.totalGzipBytes / 1024).toFixed(1)} KB gzipped`);
    expect(report.chunks.some((c) => c.file.startsWith('SignInPage-'))).toBe(true);
    expect(report.chunks.some((c) => c.file.startsWith('index-'))).toBe(true);
    expect(report.totalGzipBytes).toBeLessThan(300 * 1024);
  });
});
