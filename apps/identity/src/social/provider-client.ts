import { createHmac } from 'node:crypto';
import * as oidc from 'openid-client';
import { DomainError, canonicalEmail } from '#common';
import { IdentityErrorCode } from '../common/identity-errors.js';

/** What a provider says about the person, after the code exchange. */
export interface ProviderProfile {
  subject: string;
  email: string | null;
  /** The provider vouches that the person controls `email`. Only then is the email trusted. */
  emailVerified: boolean;
  firstName: string;
  lastName: string;
}

/** The secrets of one started flow, checked at the callback. */
export interface FlowChecks {
  state: string;
  nonce?: string;
  codeVerifier: string;
  redirectUri: string;
}

/** One provider, as the flows use it: an authorization URL out, a verified profile back. */
export interface ProviderClient {
  authorizationUrl(checks: FlowChecks, codeChallenge: string): Promise<URL>;
  exchange(callbackUrl: URL, checks: FlowChecks): Promise<ProviderProfile>;
}

export const providerUnavailable = (name: string) =>
  new DomainError(IdentityErrorCode.PROVIDER_UNAVAILABLE, `${name} cannot be reached right now; try again in a few minutes`, { provider: name });

export const providerRejected = (name: string) =>
  new DomainError(IdentityErrorCode.PROVIDER_REJECTED, `${name} did not confirm the sign-in; start again`, { provider: name });

/** A network failure, a timeout or a 5xx from the provider (as opposed to the provider saying no). */
export function isUnreachable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const { name, code, message, status } = e as { name?: string; code?: string; message?: string; status?: number };
    if (name === 'TimeoutError' || name === 'AbortError') return true;
    if (typeof code === 'string' && /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|UND_ERR_)/.test(code)) return true;
    if (name === 'TypeError' && message === 'fetch failed') return true;
    if (typeof status === 'number' && status >= 500) return true;
    if (e instanceof Response && e.status >= 500) return true;
  }
  return false;
}

/** Maps a failure of a provider call to PROVIDER_UNAVAILABLE or PROVIDER_REJECTED; domain errors pass. */
export function providerFailure(name: string, err: unknown): DomainError {
  if (err instanceof DomainError) return err;
  return isUnreachable(err) ? providerUnavailable(name) : providerRejected(name);
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim().slice(0, 100) : '');

/** Given and family names, or the full name split once, or the email's local part. */
function names(given: unknown, family: unknown, full: unknown, email: string | null): { firstName: string; lastName: string } {
  let firstName = text(given);
  let lastName = text(family);
  if (!firstName && typeof full === 'string' && full.trim()) {
    const [first, ...rest] = full.trim().split(/\s+/);
    firstName = text(first);
    lastName = lastName || text(rest.join(' '));
  }
  if (!firstName) firstName = text(email?.split('@')[0]) || 'User';
  return { firstName, lastName };
}

/**
 * An OpenID Connect provider (Google, or an account's own) through openid-client: discovery,
 * authorization code with PKCE (S256), state and nonce; the ID token is verified against the
 * issuer's keys and the profile completed from the UserInfo endpoint.
 */
export class OidcProviderClient implements ProviderClient {
  private discovered?: { config: oidc.Configuration; at: number };

  constructor(
    readonly name: string,
    private readonly settings: { issuer: string; clientId: string; clientSecret: string },
    private readonly options: { allowInsecureHttp: boolean; timeoutSeconds: number },
  ) {}

  /** Discovers the issuer (cached for 10 minutes; a failure is not cached). */
  async configuration(): Promise<oidc.Configuration> {
    if (this.discovered && Date.now() - this.discovered.at < 600_000) return this.discovered.config;
    try {
      const config = await oidc.discovery(new URL(this.settings.issuer), this.settings.clientId, this.settings.clientSecret, undefined, {
        timeout: this.options.timeoutSeconds,
        execute: this.options.allowInsecureHttp ? [oidc.allowInsecureRequests] : [],
      });
      this.discovered = { config, at: Date.now() };
      return config;
    } catch (err) {
      throw isUnreachable(err) ? providerUnavailable(this.name) : providerFailureOnDiscovery(this.name);
    }
  }

  async authorizationUrl(checks: FlowChecks, codeChallenge: string): Promise<URL> {
    const config = await this.configuration();
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: checks.redirectUri,
      scope: 'openid email profile',
      state: checks.state,
      ...(checks.nonce ? { nonce: checks.nonce } : {}),
      code_challenge: codeChallenge,
      code_challenge_method: 'S256',
    });
  }

  async exchange(callbackUrl: URL, checks: FlowChecks): Promise<ProviderProfile> {
    const config = await this.configuration();
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw providerRejected(this.name);
      const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
      const all: Record<string, unknown> = { ...claims, ...info };
      const email = typeof all.email === 'string' ? canonicalEmail(all.email) : null;
      return {
        subject: claims.sub,
        email,
        // Google sends a boolean; some providers send the string "true".
        emailVerified: all.email_verified === true || all.email_verified === 'true',
        ...names(all.given_name, all.family_name, all.name, email),
      };
    } catch (err) {
      throw providerFailure(this.name, err);
    }
  }
}

function providerFailureOnDiscovery(name: string): DomainError {
  return new DomainError(IdentityErrorCode.PROVIDER_UNAVAILABLE, `${name} answered its discovery document wrongly; try again later`, { provider: name });
}

/**
 * Facebook Login (OAuth 2.0, not OpenID Connect in its web flow): the code is exchanged at
 * `<graph>/oauth/access_token` with PKCE, then the profile read from `<graph>/me` with an
 * `appsecret_proof`. Facebook answers `email` only once the person has confirmed it, so an email it
 * answers is treated as verified and a missing one as none.
 */
export class FacebookProviderClient implements ProviderClient {
  readonly name = 'Facebook';
  private readonly config: oidc.Configuration;

  constructor(
    private readonly settings: { clientId: string; clientSecret: string; authorizationUrl: string; graphUrl: string },
    private readonly options: { allowInsecureHttp: boolean; timeoutSeconds: number },
  ) {
    this.config = new oidc.Configuration(
      { issuer: 'https://www.facebook.com', authorization_endpoint: settings.authorizationUrl, token_endpoint: `${settings.graphUrl}/oauth/access_token` },
      settings.clientId,
      { client_secret: settings.clientSecret },
      oidc.ClientSecretPost(settings.clientSecret),
    );
    this.config.timeout = options.timeoutSeconds;
    if (options.allowInsecureHttp) oidc.allowInsecureRequests(this.config);
  }

  authorizationUrl(checks: FlowChecks, codeChallenge: string): Promise<URL> {
    return Promise.resolve(
      oidc.buildAuthorizationUrl(this.config, {
        redirect_uri: checks.redirectUri,
        scope: 'email public_profile',
        state: checks.state,
        code_challenge: codeChallenge,
        code_challenge_method: 'S256',
        response_type: 'code',
      }),
    );
  }

  async exchange(callbackUrl: URL, checks: FlowChecks): Promise<ProviderProfile> {
    try {
      const tokens = await oidc.authorizationCodeGrant(this.config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        idTokenExpected: false,
      });
      const me = new URL(`${this.settings.graphUrl}/me`);
      me.searchParams.set('fields', 'id,first_name,last_name,name,email');
      me.searchParams.set('appsecret_proof', createHmac('sha256', this.settings.clientSecret).update(tokens.access_token).digest('hex'));
      const res = await fetch(me, {
        headers: { authorization: `Bearer ${tokens.access_token}`, accept: 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutSeconds * 1000),
      });
      if (res.status >= 500) throw providerUnavailable(this.name);
      if (!res.ok) throw providerRejected(this.name);
      const body = (await res.json()) as Record<string, unknown>;
      if (typeof body.id !== 'string' || !body.id) throw providerRejected(this.name);
      const email = typeof body.email === 'string' && body.email.includes('@') ? canonicalEmail(body.email) : null;
      return { subject: body.id, email, emailVerified: email !== null, ...names(body.first_name, body.last_name, body.name, email) };
    } catch (err) {
      throw providerFailure(this.name, err);
    }
  }
}
