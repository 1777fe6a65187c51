import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IdentityConfig } from '../config.js';

/** The HttpOnly cookie that carries the refresh token for browsers. */
export const REFRESH_COOKIE = 'lic_refresh';
/**
 * The header a browser client sends to use the cookie. A page on another origin cannot send a
 * custom header without a CORS preflight, which the gateway grants to CORS_ORIGINS only; with the
 * SameSite cookie this is the CSRF protection of the cookie flow.
 */
export const CSRF_HEADER = 'x-csrf-token';

export const wantsCookie = (request: FastifyRequest): boolean => {
  const value = request.headers[CSRF_HEADER];
  return typeof value === 'string' && value.trim() !== '';
};

export function readRefreshCookie(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === REFRESH_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

function attributes(cookie: IdentityConfig['refreshCookie'], maxAgeSeconds: number): string {
  const sameSite = { strict: 'Strict', lax: 'Lax', none: 'None' }[cookie.sameSite];
  return [`Path=${cookie.path}`, 'HttpOnly', `SameSite=${sameSite}`, `Max-Age=${maxAgeSeconds}`, ...(cookie.secure ? ['Secure'] : [])].join('; ');
}

export function setRefreshCookie(reply: FastifyReply, cookie: IdentityConfig['refreshCookie'], token: string, expiresAt: string): void {
  const maxAge = Math.max(0, Math.floor((new Date(expiresAt).getTime() - Date.now()) / 1000));
  void reply.header('set-cookie', `${REFRESH_COOKIE}=${encodeURIComponent(token)}; ${attributes(cookie, maxAge)}`);
  void reply.header('cache-control', 'no-store');
}

export function clearRefreshCookie(reply: FastifyReply, cookie: IdentityConfig['refreshCookie']): void {
  void reply.header('set-cookie', `${REFRESH_COOKIE}=; ${attributes(cookie, 0)}`);
}

/** In the browser flow the refresh token goes to the cookie and is left out of the JSON. */
export function deliverSession<S extends { refreshToken?: string; refreshTokenExpiresAt: string }>(
  request: FastifyRequest,
  reply: FastifyReply,
  cookie: IdentityConfig['refreshCookie'],
  session: S,
): S | Omit<S, 'refreshToken'> {
  if (!wantsCookie(request) || !session.refreshToken) return session;
  setRefreshCookie(reply, cookie, session.refreshToken, session.refreshTokenExpiresAt);
  const { refreshToken: _inCookie, ...rest } = session;
  return rest;
}
