/**
 * The portal pages that emails link to, in one place: the portal registers these routes and the
 * notification templates build their links from the same patterns (a unit test checks every
 * `{{portalUrl}}/…` link in apps/notification/templates against this list). Paths are relative to
 * PORTAL_URL; `:name` segments are ids, `?token=` carries a single-use token.
 */
export const PORTAL_ROUTES = {
  signIn: '/sign-in',
  resetPassword: '/reset-password?token=:token',
  acceptInvitation: '/invitations/accept?token=:token',
  confirmEmailChange: '/email-change/confirm?token=:token',
  subscription: '/accounts/:accountId/subscriptions/:subscriptionId',
  licenseKeys: '/accounts/:accountId/subscriptions/:subscriptionId/license-keys',
  proxyServer: '/accounts/:accountId/proxy-servers/:installationId',
  offlineActivation: '/accounts/:accountId/offline-activation',
} as const;

export type PortalRoute = keyof typeof PORTAL_ROUTES;

/** A link to a portal page: `portalLink(base, 'subscription', { accountId, subscriptionId })`. */
export function portalLink(base: string, route: PortalRoute, params: Record<string, string> = {}): string {
  const path = PORTAL_ROUTES[route].replace(/:([A-Za-z]+)/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`portal route ${route} needs ${name}`);
    return encodeURIComponent(value);
  });
  return `${base.replace(/\/$/, '')}${path}`;
}
