import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { ProxyAgent } from '../../tools/proxy-agent/src/index.js';
import { createAccount, type TestUser } from '../support/factories.js';
import { seriousA11yViolations } from '../support/axe.js';
import type { Harness } from '../support/harness.js';

export const SHOTS = 'docs/screenshots';

export interface Customer extends TestUser {
  password: string;
  accountId: string;
}

/**
 * A customer as the portal knows one: signed up through identity's API (so the password signs in),
 * with a business account they administer.
 */
export async function signUpCustomer(h: Harness, person: { firstName: string; lastName: string; email: string }, companyName: string): Promise<Customer> {
  const password = 'portal-pass-2026';
  const res = await h.identity.post('/auth/sign-up').send({ ...person, password, acceptTerms: true }).expect(201);
  const user = res.body.user as { id: string };
  const customer: TestUser = { ...person, id: user.id, role: 'user', token: res.body.accessToken as string, sessionId: '' };
  const account = await createAccount(h.db, customer, companyName);
  return { ...customer, password, accountId: account.id };
}

/** Signs in on the sign-in page ("keep me signed in", so reloads and new tabs stay signed in). */
export async function signIn(page: Page, baseUrl: string, customer: Customer): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(customer.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(customer.password);
  await page.getByLabel('Keep me signed in').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/** Proxy agents with state files in a temporary folder, pointed at the gateway's one base URL. */
export class Agents {
  readonly dir = mkdtempSync(join(tmpdir(), 'portal-agents-'));
  private count = 0;

  constructor(private readonly server: string) {
    mkdirSync(this.dir, { recursive: true });
  }

  create(): ProxyAgent {
    this.count += 1;
    return ProxyAgent.open(join(this.dir, `proxy-${this.count}.json`), { server: this.server });
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export const site = (name: string, siteCode: string, siteDescription = `${name} office`) => ({
  serverName: `sccm-${name.toLowerCase()}.corp.example`,
  siteCode,
  siteDescription,
  appVersion: '6.0.0.74',
});

export { horizontalOverflow, seriousA11yViolations } from '../support/axe.js';

/** Fails with the list of serious and critical axe-core violations of what the page shows now. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
}
