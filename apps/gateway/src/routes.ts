/**
 * The gateway's routing table: the one place that says which path prefix goes to which service.
 * A Kubernetes Ingress (or any reverse proxy) can be written from the same rows: `prefix` is the
 * public path, `rewritePrefix` what the service sees instead (the services know nothing of the prefix).
 */
import { SERVICE_NAMES, type ServiceName } from '#common';

export { SERVICE_NAMES };
export type UpstreamService = ServiceName;

export interface Route {
  /** Public path prefix on the gateway. */
  prefix: string;
  service: UpstreamService;
  /** What replaces `prefix` on the way to the service ('' strips it). */
  rewritePrefix: string;
  /** What the route is for (logs, docs). */
  purpose: string;
}

/** Each service's API lives under `/api/<service>`; the base URL of its OpenAPI `servers`. */
export const apiPrefix = (service: UpstreamService): string => `/api/${service}`;

export const ROUTES: readonly Route[] = [
  ...SERVICE_NAMES.map((service) => ({ prefix: apiPrefix(service), service, rewritePrefix: '', purpose: `${service} API` })),
  // Proxy servers call one stable path, unchanged on the activation service.
  { prefix: '/proxy/v1', service: 'activation', rewritePrefix: '/proxy/v1', purpose: 'proxy protocol' },
];

/** The gateway's own paths, next to the table: Swagger UI for every document, health. */
export const GATEWAY_PATHS = {
  docs: '/api/docs',
  health: '/health',
  ready: '/health/ready',
} as const;

/** Where each service serves its document (proxied through its prefix). */
export const documentPath = (service: UpstreamService): string => `${apiPrefix(service)}/docs/openapi.json`;
