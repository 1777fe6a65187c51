import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { closeLocal, listenLocal } from './local-http.js';

/** The Facebook user "logged in" for the next dialog; `email` absent: not shared or not confirmed. */
export interface FacebookPerson {
  id: string;
  first_name: string;
  last_name: string;
  email?: string;
}

/**
 * A small OAuth 2.0 server with Facebook Login's endpoints: GET /dialog/oauth (the person agrees at
 * once, or declines when `decline` is set), POST /oauth/access_token (client secret, redirect URI
 * and the PKCE S256 verifier checked, Facebook's error shape on refusal) and GET /me?fields=...
 * (bearer token and appsecret_proof checked; only the requested fields answered).
 */
export class TestFacebook {
  person: FacebookPerson = { id: '10158000000000001', first_name: 'Grace', last_name: 'Hopper', email: 'grace@example.com' };
  decline = false;
  url = '';
  private server?: Server;
  private readonly codes = new Map<string, { challenge: string; redirectUri: string; person: FacebookPerson }>();
  private readonly tokens = new Map<string, FacebookPerson>();

  constructor(private readonly client: { clientId: string; clientSecret: string }) {}

  async listen(): Promise<this> {
    const { server, url } = await listenLocal((req, res) => void this.handle(req, res));
    this.server = server;
    this.url = url;
    return this;
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private refuse(res: ServerResponse, message: string): void {
    this.json(res, 400, { error: { message, type: 'OAuthException', code: 100, fbtrace_id: 'test' } });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    if (req.method === 'GET' && url.pathname === '/dialog/oauth') {
      const q = url.searchParams;
      const redirectUri = q.get('redirect_uri') ?? '';
      if (q.get('client_id') !== this.client.clientId || !redirectUri) return this.refuse(res, 'Invalid App ID');
      const back = new URL(redirectUri);
      if (q.get('state')) back.searchParams.set('state', q.get('state')!);
      if (this.decline) {
        back.searchParams.set('error', 'access_denied');
        back.searchParams.set('error_reason', 'user_denied');
      } else {
        if (q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) return this.refuse(res, 'PKCE S256 code_challenge is required');
        const code = randomBytes(16).toString('hex');
        this.codes.set(code, { challenge: q.get('code_challenge')!, redirectUri, person: { ...this.person } });
        back.searchParams.set('code', code);
      }
      res.writeHead(302, { location: back.toString() });
      res.end();
      return;
    }
    if (url.pathname === '/oauth/access_token') {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      for (const [k, v] of url.searchParams) if (!form.has(k)) form.set(k, v);
      if (form.get('client_id') !== this.client.clientId || form.get('client_secret') !== this.client.clientSecret) {
        return this.refuse(res, 'Error validating client secret.');
      }
      const code = this.codes.get(form.get('code') ?? '');
      this.codes.delete(form.get('code') ?? '');
      if (!code || code.redirectUri !== form.get('redirect_uri')) return this.refuse(res, 'Invalid verification code format.');
      const verifier = form.get('code_verifier') ?? '';
      if (createHash('sha256').update(verifier).digest('base64url') !== code.challenge) return this.refuse(res, 'Invalid code verifier');
      const token = randomBytes(24).toString('hex');
      this.tokens.set(token, code.person);
      return this.json(res, 200, { access_token: token, token_type: 'bearer', expires_in: 5183944 });
    }
    if (req.method === 'GET' && url.pathname === '/me') {
      const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? url.searchParams.get('access_token') ?? '';
      const person = this.tokens.get(token);
      if (!person) return this.json(res, 401, { error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 } });
      const proof = createHmac('sha256', this.client.clientSecret).update(token).digest('hex');
      if (url.searchParams.get('appsecret_proof') !== proof) return this.refuse(res, 'Invalid appsecret_proof provided in the API argument');
      const fields = (url.searchParams.get('fields') ?? 'id,name').split(',');
      const all: Record<string, string | undefined> = { ...person, name: `${person.first_name} ${person.last_name}` };
      return this.json(res, 200, Object.fromEntries(fields.filter((f) => all[f] !== undefined).map((f) => [f, all[f]])));
    }
    this.json(res, 404, { error: { message: 'Unknown path', type: 'OAuthException', code: 803 } });
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    await closeLocal(server);
  }
}
