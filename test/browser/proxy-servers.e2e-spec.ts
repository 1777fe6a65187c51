import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { SubscriptionEntity } from '#database';
import type { ProxyAgent } from '../../tools/proxy-agent/src/index.js';
import { launchBrowser, usePortalHarness } from '../support/browser.js';
import { createSubscription, daysFromNow } from '../support/factories.js';
import { Agents, expectAccessible, horizontalOverflow, SHOTS, signIn, signUpCustomer, site, type Customer } from './portal-fixtures.js';

/**
 * The guide's Proxy Servers page in real Chromium, through the gateway, on servers activated by the
 * reference proxy agent (online, with real usage reports): columns from the gear icon, display
 * filter, search, sort, server-side pages, the details dialog (notes, usage chart and table),
 * selection with CSV export and bulk deactivation that the proxies then learn at refresh.
 */
const DAY = 86_400_000;

describe('portal: proxy servers', () => {
  // Before the harness's own teardown: the browser's keep-alive connections would hold the gateway open.
  afterAll(async () => {
    await browser?.close();
    agents?.cleanup();
  });
  const h = usePortalHarness({ services: ['identity', 'licensing', 'activation'] });
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  let customer: Customer;
  let agents: Agents;
  let berlin: ProxyAgent;
  const fleet = new Map<string, ProxyAgent>();

  beforeAll(async () => {
    customer = await signUpCustomer(h, { firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.com' }, 'Hopper Systems');
    agents = new Agents(h.gateway.url);
    const main = await createSubscription(h.db, { accountId: customer.accountId, quantity: 100 });

    // Berlin uses the primary key and reports weekly: the usage chart's three points.
    berlin = agents.create();
    await berlin.activate({ key: main.key, ...site('Berlin', 'BER') });
    const weeks = [
      { managed: 10, peak: 11 },
      { managed: 12, peak: 14 },
      { managed: 15, peak: 18 },
    ];
    for (const [i, w] of weeks.entries()) await berlin.report({ ...w, reportedAt: new Date(Date.now() - (3 - i) * 7 * DAY) });
    fleet.set('Berlin', berlin);

    // Eleven more sites, each on a sublicense made through licensing's API.
    const cities = ['Amsterdam', 'Brussels', 'Copenhagen', 'Dublin', 'Helsinki', 'Lisbon', 'Madrid', 'Paris', 'Prague', 'Rome', 'Vienna'];
    for (const [i, city] of cities.entries()) {
      const sub = await h.licensing
        .post(`/accounts/${customer.accountId}/subscriptions/${main.subscription.id}/sublicenses`)
        .set('authorization', `Bearer ${customer.token}`)
        .send({ quota: 5, name: `${city} key` })
        .expect(201);
      const agent = agents.create();
      await agent.activate({ key: sub.body.key as string, ...site(city, `S${String(i + 1).padStart(2, '0')}`) });
      fleet.set(city, agent);
    }

    // Tokyo's subscription ends in ten days (expiring soon); Oslo's has ended since its activation.
    const soon = await createSubscription(h.db, { accountId: customer.accountId, quantity: 5, endsOn: daysFromNow(10) });
    const tokyo = agents.create();
    await tokyo.activate({ key: soon.key, ...site('Tokyo', 'TYO') });
    const ended = await createSubscription(h.db, { accountId: customer.accountId, quantity: 5 });
    const oslo = agents.create();
    await oslo.activate({ key: ended.key, ...site('Oslo', 'OSL') });
    await h.db.getRepository(SubscriptionEntity).update({ id: ended.subscription.id }, { startsOn: daysFromNow(-60), endsOn: daysFromNow(-1) });

    browser = await launchBrowser();
    context = browser.context;
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    mkdirSync(SHOTS, { recursive: true });
    await signIn(page, h.gateway.url, customer);
  }, 180_000);

  const table = () => page.getByRole('table', { name: 'Proxy servers' });
  const pages = () => page.getByRole('navigation', { name: 'Proxy server pages', exact: true });
  // The pager's "page X of Y" follows the URL at once; the rows follow when the answer comes.
  const rowCount = (n: number) => page.waitForFunction(`document.querySelectorAll('table[aria-label="Proxy servers"] tbody tr').length === ${n}`);
  const serverNames = async () => (await table().locator('tbody tr').allTextContents()).map((t) => /sccm-[a-z]+/.exec(t)?.[0]);
  const headers = async () => (await table().locator('thead th').allTextContents()).map((t) => t.trim()).filter(Boolean);
  const display = async (label: RegExp) => {
    await page.getByRole('combobox', { name: 'Display' }).click();
    await page.getByRole('option', { name: label }).click();
  };

  it('opens from the dashboard card: every server with the guide default columns', async () => {
    await page.goto(`${h.gateway.url}/accounts/${customer.accountId}/dashboard`);
    const card = page.getByRole('region', { name: /Mac Management/ });
    // Registered = running ones: Oslo's subscription has ended, so it no longer counts.
    expect(await card.getByRole('row', { name: /Registered proxy servers/ }).textContent()).toContain('13');
    await card.getByRole('link', { name: 'Registered proxy servers' }).click();
    await page.getByRole('heading', { name: 'Proxy Servers (14)' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Display' }).inputValue()).toBe('All (14)');
    expect(await headers()).toEqual(['Server Name', 'License Key', 'Site Code', 'Offline Use', 'App Version', 'Activation Date', 'Status']);
    // Newest activation first by default, 50 a page.
    expect((await serverNames())[0]).toBe('sccm-oslo');
    // The shared pager: the count, and no page links for a single page.
    expect(await page.getByText('14 proxy servers', { exact: true }).count()).toBe(1);
    expect(await pages().count()).toBe(0);
    await expectAccessible(page);
  }, 60_000);

  it('chooses columns with the gear icon, and keeps the choice after a reload', async () => {
    await page.getByRole('button', { name: 'Choose columns' }).click();
    await page.getByRole('checkbox', { name: 'License Key' }).uncheck();
    await page.getByRole('checkbox', { name: 'Last Report Date' }).check();
    await page.getByRole('checkbox', { name: 'Registered Computers' }).check();
    await page.getByRole('checkbox', { name: 'Notes' }).check();
    expect(await page.getByRole('checkbox', { name: 'Server Name' }).isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    const expected = ['Server Name', 'Site Code', 'Offline Use', 'App Version', 'Activation Date', 'Last Report Date', 'Registered Computers', 'Notes', 'Status'];
    await page.waitForFunction(`document.querySelectorAll('table[aria-label="Proxy servers"] thead th').length === ${expected.length + 1}`);
    expect(await headers()).toEqual(expected);
    const berlinRow = table().getByRole('row', { name: /sccm-berlin/ });
    expect(await berlinRow.getByRole('cell').nth(7).textContent()).toBe('15');
    await page.reload();
    await page.getByRole('heading', { name: 'Proxy Servers (14)' }).waitFor();
    expect(await headers()).toEqual(expected);
  }, 60_000);

  it('sorts by a column heading, pages on the server, and searches', async () => {
    await page.getByRole('button', { name: 'Server Name' }).click();
    await page.waitForURL(/sort=serverName/);
    await table().locator('th[aria-sort="ascending"]').waitFor();
    await page.getByRole('combobox', { name: 'Servers per page' }).click();
    await page.getByRole('option', { name: '10 per page' }).click();
    await page.getByText('14 proxy servers · page 1 of 2', { exact: true }).waitFor();
    await rowCount(10);
    expect(await serverNames()).toEqual(
      ['amsterdam', 'berlin', 'brussels', 'copenhagen', 'dublin', 'helsinki', 'lisbon', 'madrid', 'oslo', 'paris'].map((c) => `sccm-${c}`),
    );
    await pages().getByRole('button', { name: '2', exact: true }).click();
    await page.getByText('14 proxy servers · page 2 of 2', { exact: true }).waitFor();
    await rowCount(4);
    expect(await serverNames()).toEqual(['sccm-prague', 'sccm-rome', 'sccm-tokyo', 'sccm-vienna']);
    expect(await pages().getByRole('button', { name: '2', exact: true }).getAttribute('aria-current')).toBe('page');
    // Descending on a second click.
    await page.getByRole('button', { name: 'Server Name' }).click();
    await table().locator('th[aria-sort="descending"]').waitFor();
    await page.getByText('14 proxy servers · page 1 of 2', { exact: true }).waitFor();
    await rowCount(10);
    expect((await serverNames())[0]).toBe('sccm-vienna');

    await page.getByRole('textbox', { name: 'Search proxy servers' }).fill('no such site');
    await page.getByText('No proxy server matches. Change the search or the display filter.').waitFor();
    await page.getByRole('textbox', { name: 'Search proxy servers' }).fill('berlin');
    await page.getByText('1 proxy server', { exact: true }).waitFor();
    expect(await serverNames()).toEqual(['sccm-berlin']);
    await page.getByRole('textbox', { name: 'Search proxy servers' }).fill('');
    await page.getByText('14 proxy servers · page 1 of 2', { exact: true }).waitFor();
  }, 60_000);

  it('filters the display: expiring soon and expired, with their counts', async () => {
    await display(/^Expiring soon \(1\)$/);
    await page.waitForURL(/filter=expiring_soon/);
    await page.getByRole('heading', { name: 'Proxy Servers (1)' }).waitFor();
    expect(await serverNames()).toEqual(['sccm-tokyo']);
    await display(/^Expired \(1\)$/);
    await table().getByRole('row', { name: /sccm-oslo/ }).waitFor();
    expect(await serverNames()).toEqual(['sccm-oslo']);
    expect(await table().getByRole('row', { name: /sccm-oslo/ }).textContent()).toContain('Expired');
    await display(/^Deactivated \(0\)$/);
    await page.getByText('No proxy server matches').waitFor();
    await display(/^All \(14\)$/);
    await page.getByRole('heading', { name: 'Proxy Servers (14)' }).waitFor();
  }, 60_000);

  it('opens the details with the keyboard: General saves notes, Usage charts the reports', async () => {
    await page.getByRole('textbox', { name: 'Search proxy servers' }).fill('berlin');
    await page.getByText('1 proxy server', { exact: true }).waitFor();
    await table().getByRole('button', { name: 'sccm-berlin.corp.example' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'sccm-berlin.corp.example' });
    await dialog.getByRole('tab', { name: 'General' }).waitFor();
    const facts = dialog.getByRole('table', { name: 'Proxy server' });
    expect(await facts.getByRole('row', { name: /Site code/ }).textContent()).toContain('BER');
    expect(await facts.getByRole('row', { name: /Registered computers/ }).textContent()).toContain('15');
    expect(await facts.getByRole('row', { name: /Max\. managed computers/ }).textContent()).toContain('45');
    await expectAccessible(page);
    await dialog.getByRole('textbox', { name: 'Your notes' }).fill('Rack 4, owned by IT Berlin');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Notes saved').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await table().getByRole('cell', { name: 'Rack 4, owned by IT Berlin' }).waitFor();

    await table().getByRole('button', { name: 'sccm-berlin.corp.example' }).click();
    await dialog.getByRole('tab', { name: 'Usage' }).click();
    const reports = dialog.getByRole('table', { name: 'Usage reports' });
    await reports.waitFor();
    const rows = await reports.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    expect(rows.map((r) => r.slice(1, 3))).toEqual([
      ['18', '15'],
      ['14', '12'],
      ['11', '10'],
    ]);
    // The chart draws one point per report for each series.
    const chart = dialog.getByRole('img', { name: 'Peak usage by report date' });
    await chart.locator('.recharts-line-dots circle').first().waitFor();
    expect(await chart.locator('.recharts-line-dots').first().locator('circle').count()).toBe(3);
    expect(await chart.textContent()).toContain('Licenses (45)');
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS}/proxy-server-usage.png` });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('textbox', { name: 'Search proxy servers' }).fill('');
    await page.getByText('14 proxy servers · page 1 of 2', { exact: true }).waitFor();
  }, 60_000);

  it('exports the selected servers and all shown ones to CSV through the API', async () => {
    await page.getByRole('checkbox', { name: 'Select sccm-paris.corp.example' }).check();
    await page.getByRole('checkbox', { name: 'Select sccm-madrid.corp.example' }).check();
    await page.getByText('2 selected').first().waitFor();
    // With rows selected, the bulk actions shown.
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS}/proxy-servers.png`, fullPage: true });
    await page.getByRole('button', { name: 'Actions' }).click();
    const [selection] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Export selected to CSV' }).click()]);
    const csv = readFileSync(await selection.path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(csv[0]).toContain('Server Name');
    expect(csv[0]).toContain('Notes');
    expect(csv).toHaveLength(3);
    // In the list's order (server name, descending).
    expect(csv[1]).toContain('sccm-paris.corp.example');
    expect(csv[2]).toContain('sccm-madrid.corp.example');
    await page.getByText(/is downloaded with 2 servers/).waitFor();

    await page.getByRole('button', { name: 'Actions' }).click();
    const [all] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Export all shown to CSV' }).click()]);
    const allRows = readFileSync(await all.path(), 'utf8').split('\r\n').filter(Boolean);
    expect(allRows).toHaveLength(15);
  }, 60_000);

  it('deactivates the selected servers; the display shows them deactivated and the proxies learn it', async () => {
    await page.getByRole('button', { name: 'Actions' }).click();
    await page.getByRole('menuitem', { name: 'Deactivate selected' }).click();
    const confirm = page.getByRole('dialog', { name: 'Deactivate 2 proxy servers?' });
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByText('2 servers deactivated. Each proxy learns it at its next refresh.').waitFor();
    await confirm.waitFor({ state: 'hidden' });
    await display(/^Deactivated \(2\)$/);
    await page.getByRole('heading', { name: 'Proxy Servers (2)' }).waitFor();
    await table().getByRole('row', { name: /sccm-paris/ }).waitFor();
    expect(await serverNames()).toEqual(['sccm-paris', 'sccm-madrid']);
    expect((await fleet.get('Paris')!.refresh()).status).toBe('deactivated');
    expect((await fleet.get('Madrid')!.refresh()).status).toBe('deactivated');
    expect((await fleet.get('Berlin')!.refresh()).status).toBe('active');
    await display(/^All \(14\)$/);
    await page.getByRole('heading', { name: 'Proxy Servers (14)' }).waitFor();
  }, 60_000);

  it('works 390 px wide: dashboard, subscriptions and proxy servers fit the page, the sections behind the burger', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    const pageWidth = async () => Number(await phone.evaluate('document.scrollingElement.scrollWidth'));
    const sections = phone.getByRole('navigation', { name: 'Sections' });
    // The collapsed navbar is moved off the left edge of the screen.
    const folded = `(document.querySelector('nav[aria-label="Sections"]')?.getBoundingClientRect().right ?? 0) <= 0`;
    const go = async (section: string) => {
      // Folded away at this width: the burger shows the sections, choosing one folds them again.
      expect(await phone.evaluate(folded)).toBe(true);
      await phone.getByRole('button', { name: 'Menu' }).click();
      await phone.waitForFunction(`!(${folded})`);
      await sections.getByRole('link', { name: section }).click();
      await phone.waitForFunction(folded);
    };

    await phone.goto(`${h.gateway.url}/accounts/${customer.accountId}/dashboard`);
    await phone.getByRole('region', { name: /Mac Management/ }).getByRole('link', { name: 'Registered proxy servers' }).waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(390);

    await go('Subscriptions');
    await phone.getByRole('heading', { name: 'Subscriptions' }).waitFor();
    await phone.getByRole('article').first().waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await phone.getByRole('textbox', { name: 'Search subscriptions' }).fill('mac');
    await phone.getByRole('article').first().waitFor();

    await go('Proxy servers');
    await phone.getByRole('heading', { name: 'Proxy Servers (14)' }).waitFor();
    // The table scrolls inside its container; the page itself does not.
    await phone.getByRole('table', { name: 'Proxy servers' }).getByRole('button', { name: 'sccm-vienna.corp.example' }).waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: `${SHOTS}/proxy-servers-390.png`, fullPage: true });
    // Still usable: a server's details open from the list.
    await phone.getByRole('table', { name: 'Proxy servers' }).getByRole('button', { name: 'sccm-vienna.corp.example' }).click();
    await phone.getByRole('dialog', { name: 'sccm-vienna.corp.example' }).getByRole('tab', { name: 'General' }).waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await phone.close();
  }, 60_000);
});
