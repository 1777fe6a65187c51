import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

/** Headers a portal sends besides the CORS-safelisted ones. */
export const CORS_ALLOWED_HEADERS = ['authorization', 'content-type', 'x-request-id', 'x-csrf-token'];
/** Response headers a portal's script may read. */
export const CORS_EXPOSED_HEADERS = ['x-request-id', 'retry-after', 'content-disposition'];

/**
 * CORS for portals hosted on another origin, in one place (the gateway; the services behind it
 * are not called from browsers directly). Off by default: with no allowed origin a preflight is
 * answered without any Access-Control-Allow-* header, so the browser refuses the call.
 */
export async function registerCors(app: FastifyInstance, origins: string[]): Promise<void> {
  const allowed = new Set(origins);
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    maxAge: 600,
    strictPreflight: false,
  });
}
