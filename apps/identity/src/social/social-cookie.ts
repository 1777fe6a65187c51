import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IdentityConfig } from '../config.js';

/**
 * Binds a started flow to the browser that started it: the callback is accepted only with this
 * cookie, so nobody can have a victim finish a sign-in the attacker started (login CSRF). Lax, not
 * Strict: the provider's redirect back is a cross-site top-level navigation.
 */
export const SOCIAL_COOKIE = 'lic_social';

function attributes(config: IdentityConfig, maxAge: number): string {
  return [`Path=${config.refreshCookie.path}/social`, 'HttpOnly', 'SameSite=Lax', `Max-Age=${maxAge}`, ...(config.refreshCookie.secure ? ['Secure'] : [])].join('; ');
}

export function setSocialCookie(reply: FastifyReply, config: IdentityConfig, binding: string): void {
  void reply.header('set-cookie', `${SOCIAL_COOKIE}=${binding}; ${attributes(config, config.social.flowTtlSeconds)}`);
  void reply.header('cache-control', 'no-store');
}

export function clearSocialCookie(reply: FastifyReply, config: IdentityConfig): void {
  void reply.header('set-cookie', `${SOCIAL_COOKIE}=; ${attributes(config, 0)}`);
}

export function readSocialCookie(request: FastifyRequest): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SOCIAL_COOKIE) return rest.join('=') || undefined;
  }
  return undefined;
}

/** The gateway's origin as the browser sees it: PUBLIC_URL, else what the gateway forwarded. */
export function publicOrigin(request: FastifyRequest, config: IdentityConfig): string {
  if (config.social.publicUrl) return config.social.publicUrl;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim();
  const proto = first(request.headers['x-forwarded-proto']) ?? request.protocol;
  const host = first(request.headers['x-forwarded-host']) ?? request.headers.host ?? 'localhost';
  const safeHost = /^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(host) ? host : 'localhost';
  return `${proto === 'https' ? 'https' : 'http'}://${safeHost}`;
}
