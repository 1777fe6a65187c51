import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export const PORTAL_DIST = resolve('dist/portal');

/**
 * The portal's build on one origin with `/api/<service>/…` forwarded to the suite's services, the
 * way the gateway serves them (prefix stripped, any other path answers index.html). For browser
 * suites until they run through apps/gateway.
 */
export class PortalServer {
  private server?: Server;
  url = '';

  constructor(private readonly services: Record<string, string>) {}

  async start(): Promise<this> {
    if (!existsSync(join(PORTAL_DIST, 'index.html'))) throw new Error('dist/portal is missing: run `npm run portal:build` first');
    this.server = createServer((req, res) => {
      const path = req.url ?? '/';
      const match = /^\/api\/([a-z]+)(\/.*)?$/.exec(path.split('?')[0]);
      if (match) {
        const target = this.services[match[1]];
        if (!target) {
          res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ statusCode: 404, code: 'NOT_FOUND', message: 'No such service' }));
          return;
        }
        const rest = path.slice(`/api/${match[1]}`.length) || '/';
        const upstream = httpRequest(new URL(rest, target), { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        });
        upstream.on('error', () => res.writeHead(502).end());
        req.pipe(upstream);
        return;
      }
      const file = normalize(join(PORTAL_DIST, decodeURIComponent(path.split('?')[0])));
      const servable = file.startsWith(PORTAL_DIST) && existsSync(file) && statSync(file).isFile();
      const chosen = servable ? file : join(PORTAL_DIST, 'index.html');
      res.writeHead(200, {
        'content-type': TYPES[extname(chosen)] ?? 'application/octet-stream',
        'cache-control': servable && chosen.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      createReadStream(chosen).pipe(res);
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}
