import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '#common';
import { IdentityErrorCode } from '../common/identity-errors.js';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config.js';
import { FacebookProviderClient, OidcProviderClient, type ProviderClient } from './provider-client.js';
import type { MethodRef } from './social.types.js';
import { SsoConfigsRepository } from './sso-configs.repository.js';
import { SsoSecretBox } from './sso-secret.js';

export interface ResolvedMethod {
  client: ProviderClient;
  /** What a person reads: "Google", "Facebook", "Single sign-on (Acme Inc.)". */
  label: string;
  /** OpenID Connect providers get a nonce; Facebook's web flow has none. */
  oidc: boolean;
  /** For single sign-on: the domains whose addresses may sign in. */
  allowedDomains?: string[];
}

/** The providers that are on, from settings (Google, Facebook) and from accounts' SSO configurations. */
@Injectable()
export class ProviderRegistry {
  readonly box: SsoSecretBox;
  private readonly google?: OidcProviderClient;
  private readonly facebook?: FacebookProviderClient;
  private readonly sso = new Map<string, { client: OidcProviderClient; version: string }>();

  constructor(
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly configs: SsoConfigsRepository,
  ) {
    const social = config.social;
    const options = { allowInsecureHttp: social.allowInsecureHttp, timeoutSeconds: social.providerTimeoutSeconds };
    if (social.google) this.google = new OidcProviderClient('Google', social.google, options);
    if (social.facebook) this.facebook = new FacebookProviderClient(social.facebook, options);
    this.box = new SsoSecretBox(social.ssoSecretKey, config.auth.privateKeyPem);
  }

  enabled(): { google: boolean; facebook: boolean } {
    return { google: Boolean(this.google), facebook: Boolean(this.facebook) };
  }

  /** A client for an account's own issuer, e.g. to check it is reachable before it is saved. */
  oidcClient(name: string, settings: { issuer: string; clientId: string; clientSecret: string }): OidcProviderClient {
    return new OidcProviderClient(name, settings, {
      allowInsecureHttp: this.config.social.allowInsecureHttp,
      timeoutSeconds: this.config.social.providerTimeoutSeconds,
    });
  }

  async resolve(method: MethodRef): Promise<ResolvedMethod> {
    const disabled = (name: string) => new DomainError(IdentityErrorCode.SIGN_IN_METHOD_DISABLED, `Sign-in with ${name} is not available`, { provider: name });
    switch (method.provider) {
      case 'google':
        if (!this.google) throw disabled('Google');
        return { client: this.google, label: 'Google', oidc: true };
      case 'facebook':
        if (!this.facebook) throw disabled('Facebook');
        return { client: this.facebook, label: 'Facebook', oidc: false };
      case 'sso': {
        const found = await this.configs.forSignIn(method.accountId);
        if (!found) throw new DomainError(IdentityErrorCode.SSO_NOT_CONFIGURED, 'This business account has no single sign-on');
        const row = found.config;
        const label = `Single sign-on (${found.companyName})`;
        const version = `${row.issuer}\n${row.clientId}\n${row.updatedAt.toISOString()}`;
        let cached = this.sso.get(method.accountId);
        if (cached?.version !== version) {
          cached = {
            client: this.oidcClient(label, { issuer: row.issuer, clientId: row.clientId, clientSecret: this.box.open(row.clientSecretEncrypted) }),
            version,
          };
          this.sso.set(method.accountId, cached);
        }
        return { client: cached.client, label, oidc: true, allowedDomains: row.allowedDomains };
      }
    }
  }

  /** The label alone (for emails about an identity whose account's SSO may be gone). */
  async label(method: MethodRef): Promise<string> {
    if (method.provider !== 'sso') return method.provider === 'google' ? 'Google' : 'Facebook';
    const companyName = await this.configs.companyName(method.accountId);
    return companyName !== null ? `Single sign-on (${companyName})` : 'Single sign-on';
  }
}
