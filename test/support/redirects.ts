import type { Response as SupertestResponse } from 'supertest';
import { checkResponse } from './contract.js';

/**
 * What a browser does with redirects and cookies, for the sign-in flows that go gateway →
 * provider → gateway → portal: each hop is a GET with the cookies of its host, `Set-Cookie` is
 * kept (Max-Age=0 removes), and a hop to the gateway's API is checked against the service's
 * OpenAPI document like the harness's agents do. Stops at `stopAt` (a portal path) or a non-3xx.
 */
export class RedirectFollower {
  private readonly jar = new Map<string, Map<string, string>>();

  constructor(private readonly gatewayUrl: string) {}

  /** Keeps cookies a response gave (e.g. supertest's `set-cookie` header). */
  keep(url: string, setCookie: string[] | string | undefined): void {
    const host = new URL(url).host;
    const cookies = this.jar.get(host) ?? new Map<string, string>();
    for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...value] = (pair ?? '').trim().split('=');
      if (!name) continue;
      if (attributes.some((a) => /^\s*max-age=0\s*$/i.test(a))) cookies.delete(name);
      else cookies.set(name, value.join('='));
    }
    this.jar.set(host, cookies);
  }

  cookie(url: string, name: string): string | undefined {
    return this.jar.get(new URL(url).host)?.get(name);
  }

  private header(url: string): string {
    return [...(this.jar.get(new URL(url).host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** One GET as the browser makes it; answers the response (not followed). */
  async hop(url: string): Promise<Response> {
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: this.header(url), accept: 'text/html' } });
    this.keep(url, res.headers.getSetCookie());
    const apiPrefix = `${this.gatewayUrl}/api/identity`;
    if (url.startsWith(apiPrefix)) {
      const text = await res.clone().text();
      const fake = { status: res.status, headers: Object.fromEntries(res.headers.entries()), body: {}, text } as unknown as SupertestResponse;
      checkResponse('identity', 'GET', url.slice(apiPrefix.length), fake);
    }
    return res;
  }

  /** Follows redirects from `url` until the portal's `stopAt` path (or a page that is not a redirect). */
  async follow(url: string, stopAt = '/social/callback', maxHops = 20): Promise<{ url: URL; status: number; visited: string[] }> {
    const visited: string[] = [];
    let current = url;
    for (let i = 0; i < maxHops; i++) {
      const target = new URL(current);
      if (target.origin === this.gatewayUrl && target.pathname === stopAt) return { url: target, status: 0, visited };
      visited.push(current);
      const res = await this.hop(current);
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return { url: target, status: res.status, visited };
      current = new URL(location, current).toString();
    }
    throw new Error(`more than ${maxHops} redirects: ${visited.join(' → ')}`);
  }
}
