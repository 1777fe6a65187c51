import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { PORTAL_ROUTES, portalLink } from './portal-routes.js';

const templates = fileURLToPath(new URL('../../../apps/notification/templates/', import.meta.url));
const portalRouter = fileURLToPath(new URL('../../../apps/portal/src/routes.tsx', import.meta.url));

/** A template link's path with its Handlebars expressions as parameters: /accounts/:p/subscriptions/:p */
const shapeOf = (link: string) => link.replace(/\{\{[^}]+\}\}/g, ':p');
const routeShapes = new Set(Object.values(PORTAL_ROUTES).map((r) => r.replace(/:[A-Za-z]+/g, ':p')));

describe('portal routes', () => {
  it('every link an email template makes is a listed portal route', () => {
    const links: string[] = [];
    for (const file of readdirSync(templates)) {
      const text = readFileSync(templates + file, 'utf8');
      for (const match of text.matchAll(/\{\{portalUrl\}\}([^\s"<]*)/g)) links.push(`${file}: ${match[1]}`);
    }
    expect(links.length).toBeGreaterThan(10);
    const unlisted = links.filter((l) => !routeShapes.has(shapeOf(l.split(': ')[1] ?? '')));
    expect(unlisted).toEqual([]);
  });

  it('every listed route is linked from some email', () => {
    const used = new Set<string>();
    for (const file of readdirSync(templates)) {
      for (const match of readFileSync(templates + file, 'utf8').matchAll(/\{\{portalUrl\}\}([^\s"<]*)/g)) used.add(shapeOf(match[1] ?? ''));
    }
    expect([...routeShapes].filter((r) => !used.has(r))).toEqual([]);
  });

  it('the portal registers every listed route, by its name, so an email never links to a page it lacks', () => {
    const router = readFileSync(portalRouter, 'utf8');
    const registered = new Set([...router.matchAll(/path: emailPage\('([A-Za-z]+)'\)/g)].map((m) => m[1]));
    expect(Object.keys(PORTAL_ROUTES).filter((name) => !registered.has(name))).toEqual([]);
  });

  it('builds links with their parameters encoded', () => {
    expect(portalLink('https://portal.example/', 'resetPassword', { token: 'a b' })).toBe('https://portal.example/reset-password?token=a%20b');
    expect(portalLink('http://x', 'subscription', { accountId: 'A', subscriptionId: 'S' })).toBe('http://x/accounts/A/subscriptions/S');
    expect(() => portalLink('http://x', 'proxyServer', { accountId: 'A' })).toThrow(/installationId/);
  });
});
