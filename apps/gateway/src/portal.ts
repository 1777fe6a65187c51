import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CommonErrorCode } from '#common';
import { ROUTES } from './routes.js';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Portal not built</title></head>
<body><h1>The portal is not built</h1>
<p>The gateway serves the portal from its build directory (setting <code>PORTAL_DIR</code>), which has no <code>index.html</code>.
Build the portal, then reload. The APIs answer under <a href="/api/docs">/api/docs</a>.</p></body></html>
`;

/** Paths that belong to an API: an unknown one is a JSON 404, never the portal's page. */
const isApiPath = (url: string): boolean =>
  url.startsWith('/api/') || url === '/api' || ROUTES.some((route) => url === route.prefix || url.startsWith(`${route.prefix}/`));

/** A browser navigating to a client-side route (not a missing asset such as /assets/app.js). */
function wantsPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '/';
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html') || !/\.[A-Za-z0-9]+$/.test(path);
}

/**
 * The portal's built files at `/`, with the single-page-app fallback: any other page path answers
 * index.html, so deep links (e.g. the emailed /reset-password?token=…) open in the portal.
 * The directory is looked at per request, so building the portal needs no gateway restart.
 */
export async function registerPortal(app: FastifyInstance, portalDir: string): Promise<void> {
  const root = isAbsolute(portalDir) ? portalDir : resolve(process.cwd(), portalDir);
  const index = join(root, 'index.html');
  const built = () => existsSync(index) && statSync(index).isFile();

  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: true,
    index: ['index.html'],
    // Vite's assets carry a content hash in their name; index.html must always be revalidated.
    setHeaders: (res, path) => {
      res.header('cache-control', path.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable');
    },
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (isApiPath(path) || !wantsPage(request)) {
      return reply
        .code(404)
        .type('application/json')
        .send({ statusCode: 404, code: CommonErrorCode.ROUTE_NOT_FOUND, message: `Cannot ${request.method} ${path}` });
    }
    if (!built()) return reply.code(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT);
    return reply.code(200).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(readFileSync(index));
  });
}
