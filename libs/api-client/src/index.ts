import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths as ActivationPaths } from './generated/activation.js';
import type { paths as IdentityPaths } from './generated/identity.js';
import type { paths as LicensingPaths } from './generated/licensing.js';
import type { paths as NotificationPaths } from './generated/notification.js';

/**
 * Typed clients generated from the committed OpenAPI documents (openapi/*.json → generated/*.ts by
 * `npm run openapi`). A contract change that breaks a caller breaks the type-check.
 */
export type { ActivationPaths, IdentityPaths, LicensingPaths, NotificationPaths };
export type { components as ActivationComponents } from './generated/activation.js';
export type { components as IdentityComponents } from './generated/identity.js';
export type { components as LicensingComponents } from './generated/licensing.js';
export type { components as NotificationComponents } from './generated/notification.js';

type Options = Omit<ClientOptions, 'baseUrl'>;

export function identityClient(baseUrl: string, options: Options = {}): Client<IdentityPaths> {
  return createClient<IdentityPaths>({ baseUrl, ...options });
}
export function licensingClient(baseUrl: string, options: Options = {}): Client<LicensingPaths> {
  return createClient<LicensingPaths>({ baseUrl, ...options });
}
export function activationClient(baseUrl: string, options: Options = {}): Client<ActivationPaths> {
  return createClient<ActivationPaths>({ baseUrl, ...options });
}
export function notificationClient(baseUrl: string, options: Options = {}): Client<NotificationPaths> {
  return createClient<NotificationPaths>({ baseUrl, ...options });
}
