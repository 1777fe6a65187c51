import { generateKeyPairSync } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import Provider, { type Configuration } from 'oidc-provider';
import { closeLocal, listenLocal } from './local-http.js';

/** The person "signed in at the provider" for the next authorization request. */
export interface ProviderPerson {
  sub: string;
  email: string;
  emailVerified: boolean;
  givenName: string;
  familyName: string;
}

/**
 * A real OpenID Connect provider (panva's oidc-provider) on a local port, standing in for Google or
 * for a business account's own provider. Its login and consent steps finish at once as `person`,
 * like a browser already signed in at the provider. PKCE is required, as at Google.
 *
 * The port is taken first (`listen`), so the issuer URL can go into the services' settings; the
 * client is registered afterwards (`register`), once the gateway's callback URL is known.
 */
export class TestOidcProvider {
  person: ProviderPerson = { sub: 'google-sub-1', email: 'ada@example.com', emailVerified: true, givenName: 'Ada', familyName: 'Lovelace' };
  private server?: Server;
  private provider?: Provider;
  issuer = '';

  async listen(): Promise<this> {
    const { server, url } = await listenLocal((req, res) => void this.handle(req, res));
    this.server = server;
    this.issuer = url;
    return this;
  }

  register(client: { clientId: string; clientSecret: string; redirectUri: string }): this {
    const configuration: Configuration = {
      clients: [
        {
          client_id: client.clientId,
          client_secret: client.clientSecret,
          redirect_uris: [client.redirectUri],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['given_name', 'family_name', 'name'] },
      findAccount: (_ctx, sub) => ({
        accountId: sub,
        claims: () => {
          const p = this.person;
          return { sub, email: p.email, email_verified: p.emailVerified, given_name: p.givenName, family_name: p.familyName, name: `${p.givenName} ${p.familyName}` };
        },
      }),
      pkce: { required: () => true },
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      cookies: { keys: ['test-provider-cookie-key'] },
      jwks: { keys: [{ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'test', alg: 'RS256', use: 'sig' }] },
      ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    };
    this.provider = new Provider(this.issuer, configuration);
    this.provider.proxy = false;
    return this;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const provider = this.provider;
    if (!provider) {
      res.statusCode = 503;
      res.end();
      return;
    }
    try {
      if (req.url?.startsWith('/interaction/')) {
        const details = await provider.interactionDetails(req, res);
        if (details.prompt.name === 'login') {
          await provider.interactionFinished(req, res, { login: { accountId: this.person.sub } }, { mergeWithLastSubmission: false });
          return;
        }
        const accountId = details.session?.accountId ?? this.person.sub;
        const grant = details.grantId
          ? ((await provider.Grant.find(details.grantId)) ?? new provider.Grant({ accountId, clientId: String(details.params.client_id) }))
          : new provider.Grant({ accountId, clientId: String(details.params.client_id) });
        grant.addOIDCScope(String(details.params.scope ?? 'openid'));
        const grantId = await grant.save();
        await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
        return;
      }
      provider.callback()(req, res);
    } catch (err) {
      res.statusCode = 500;
      res.end(String((err as Error).message));
    }
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    await closeLocal(server);
  }
}
