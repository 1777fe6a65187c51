import createFetchClient from 'openapi-fetch';
import createQueryClient from 'openapi-react-query';
import type { ActivationPaths, IdentityPaths, LicensingPaths, NotificationPaths } from '#api-client';
import { API_BASE, CSRF_HEADER, session } from './session';

const AUTH_PATHS = /\/auth\/(sign-in|sign-up|refresh|forgot-password|reset-password)$/;

/**
 * Every request carries the access token; a 401 triggers one refresh (shared by concurrent
 * requests) and one retry of the request. A refused refresh signs the person out.
 */
export async function authFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  const token = session.accessToken();
  if (token) request.headers.set('authorization', `Bearer ${token}`);
  request.headers.set(CSRF_HEADER, '1');
  const response = await fetch(request, { credentials: 'include' });
  if (response.status !== 401 || AUTH_PATHS.test(new URL(request.url).pathname)) return response;
  if (!(await session.refresh())) return response;
  retry.headers.set('authorization', `Bearer ${session.accessToken() ?? ''}`);
  return fetch(retry, { credentials: 'include' });
}

const baseUrl = (path: string) => new URL(path, window.location.origin).toString();

export const identity = createFetchClient<IdentityPaths>({ baseUrl: baseUrl(API_BASE.identity), fetch: authFetch });
export const licensing = createFetchClient<LicensingPaths>({ baseUrl: baseUrl(API_BASE.licensing), fetch: authFetch });
export const activation = createFetchClient<ActivationPaths>({ baseUrl: baseUrl(API_BASE.activation), fetch: authFetch });
export const notification = createFetchClient<NotificationPaths>({ baseUrl: baseUrl(API_BASE.notification), fetch: authFetch });

/** TanStack Query hooks typed from the OpenAPI documents: `identityApi.useQuery('get', '/me')`. */
export const identityApi = createQueryClient(identity);
export const licensingApi = createQueryClient(licensing);
export const activationApi = createQueryClient(activation);
export const notificationApi = createQueryClient(notification);
