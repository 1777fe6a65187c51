import { createRequire } from 'node:module';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { documentPath, GATEWAY_PATHS, SERVICE_NAMES } from './routes.js';

const require = createRequire(import.meta.url);

/** Swagger UI for the four documents in one place; each document is fetched through the gateway. */
export function registerDocs(app: FastifyInstance): void {
  const assets = (require('swagger-ui-dist') as { getAbsoluteFSPath: () => string }).getAbsoluteFSPath();
  const base = GATEWAY_PATHS.docs;
  void app.register(fastifyStatic, { root: assets, prefix: `${base}/assets/`, decorateReply: false, index: false });
  const urls = SERVICE_NAMES.map((name) => ({ name, url: documentPath(name) }));
  const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>API documentation</title>
<link rel="stylesheet" href="${base}/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="${base}/assets/swagger-ui-bundle.js"></script>
<script src="${base}/assets/swagger-ui-standalone-preset.js"></script>
<script src="${base}/init.js"></script>
</body></html>
`;
  // A script of its own rather than inline, so a strict Content-Security-Policy can allow 'self' only.
  const init = `window.ui = SwaggerUIBundle({ urls: ${JSON.stringify(urls)}, dom_id: '#swagger-ui', deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: 'StandaloneLayout' });
`;
  app.get(base, async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
  app.get(`${base}/`, async (_request, reply) => reply.redirect(base));
  app.get(`${base}/init.js`, async (_request, reply) => reply.type('application/javascript; charset=utf-8').send(init));
  app.get(`${base}/urls.json`, async () => urls);
}
