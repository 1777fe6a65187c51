import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { portalLink, type PortalRoute } from '#common';
import { launchBrowser, usePortalHarness } from '../support/browser.js';
import { createSubscription } from '../support/factories.js';
import { Agents, signIn, signUpCustomer, site, type Customer } from './portal-fixtures.js';

/**
 * Every portal page an email links to (PORTAL_ROUTES, the list the templates are checked against)
 * opens in the built portal in real Chromium, from the link itself, signed in: none is the portal's
 * "Page not found".
 */
describe('portal: the pages emails link to', () => {
  afterAll(async () => {
    await browser?.close();
    agents?.cleanup();
  });
  const h = usePortalHarness({ services: ['identity', 'licensing', 'activation'] });
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let customer: Customer;
  let agents: Agents;
  let params: Record<PortalRoute, Record<string, string>>;
  let subscriptionName = '';

  beforeAll(async () => {
    customer = await signUpCustomer(h, { firstName: 'Mary', lastName: 'Jackson', email: 'mary@example.com' }, 'Jackson Wind Tunnels');
    const main = await createSubscription(h.db, { accountId: customer.accountId, quantity: 10 });
    subscriptionName = main.subscription.name;
    agents = new Agents(h.gateway.url);
    const proxy = agents.create();
    await proxy.activate({ key: main.key, ...site('Hampton', 'HAM') });
    const accountId = customer.accountId;
    const subscriptionId = main.subscription.id;
    // Typed by route name: a route added to PORTAL_ROUTES must be added here too.
    params = {
      signIn: {},
      resetPassword: { token: 'a-reset-token' },
      acceptInvitation: { token: 'an-invitation-token' },
      confirmEmailChange: { token: 'a-change-token' },
      subscription: { accountId, subscriptionId },
      licenseKeys: { accountId, subscriptionId },
      proxyServer: { accountId, installationId: String(proxy.state.installationId) },
      offlineActivation: { accountId },
    };
    browser = await launchBrowser();
    browser.context.setDefaultTimeout(15_000);
    page = await browser.context.newPage();
    await signIn(page, h.gateway.url, customer);
  }, 120_000);

  /** What each page shows once it has loaded. */
  const shown: Record<PortalRoute, (p: Page) => ReturnType<Page['getByRole']>> = {
    signIn: (p) => p.getByRole('button', { name: 'Sign in' }),
    // The tokens are made up: each page says what it can of them.
    resetPassword: (p) => p.getByRole('heading', { name: 'Choose a new password' }),
    acceptInvitation: (p) => p.getByRole('heading', { name: 'This invitation cannot be used' }),
    confirmEmailChange: (p) => p.getByRole('heading', { name: 'Your email was not changed' }),
    subscription: (p) => p.getByRole('heading', { name: subscriptionName }),
    licenseKeys: (p) => p.getByRole('heading', { name: subscriptionName }),
    proxyServer: (p) => p.getByRole('dialog').getByRole('table', { name: 'Proxy server' }),
    offlineActivation: (p) => p.getByRole('heading', { name: 'Offline Activation and Validation' }),
  };

  it.each(Object.keys({ signIn: 1, resetPassword: 1, acceptInvitation: 1, confirmEmailChange: 1, subscription: 1, licenseKeys: 1, proxyServer: 1, offlineActivation: 1 } satisfies Record<PortalRoute, 1>) as PortalRoute[])(
    '%s',
    async (route) => {
      await page.goto(portalLink(h.gateway.url, route, params[route]));
      await shown[route](page).waitFor();
      expect(await page.getByRole('heading', { name: 'Page not found' }).count()).toBe(0);
    },
  );
});
