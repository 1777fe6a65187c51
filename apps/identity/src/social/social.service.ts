import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as oidc from 'openid-client';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, isUniqueViolation, sha256Hex } from '#common';
import { appendEvent } from '#messaging';
import type { SessionResponseDto } from '../auth/auth.dto.js';
import { emailTaken, invalidCredentials } from '../auth/auth.service.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import { UsersRepository } from '../auth/users.repository.js';
import type { ClientInfo } from '../common/client-info.js';
import { IdentityErrorCode } from '../common/identity-errors.js';
import { newOpaqueToken } from '../common/secrets.js';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import { SessionService } from '../sessions/session.service.js';
import type { ProviderProfile } from './provider-client.js';
import { providerRejected } from './provider-client.js';
import { ProviderRegistry } from './provider-registry.js';
import { SocialFlowStore, type Ticket } from './social-flow.store.js';
import { providerKey, type MethodRef } from './social.types.js';
import type { IdentityListResponseDto, SocialTicketResponseDto } from './social.dto.js';
import { SsoConfigsRepository } from './sso-configs.repository.js';
import { UserIdentitiesRepository, type NewUserIdentity } from './user-identities.repository.js';

/** Where the provider sends the browser back, on the gateway's origin. */
export const CALLBACK_PATH = '/api/identity/auth/social/callback';
/** The portal page that takes every outcome of the callback. */
export const PORTAL_CALLBACK_PATH = '/social/callback';

const stateInvalid = () =>
  new DomainError(IdentityErrorCode.SOCIAL_STATE_INVALID, 'This sign-in was not started in this browser, was already used or has expired; start again');
const ticketInvalid = () =>
  new DomainError(IdentityErrorCode.SOCIAL_TICKET_INVALID, 'This sign-in step was already finished or has expired; start again');
const emailUnverified = (label: string) =>
  new DomainError(
    IdentityErrorCode.PROVIDER_EMAIL_UNVERIFIED,
    `${label} did not confirm that the email address is yours; confirm it with ${label}, or sign up with a password`,
    { provider: label },
  );

/**
 * Sign-in, sign-up and linking through Google, Facebook and accounts' single sign-on. An identity is
 * found by the provider's subject, never by email; an email is used only when the provider verified
 * it, and then only to offer a sign-up (after the terms) or a link (after the password). Nothing
 * is linked without proof that the account is the person's: their session or their password.
 */
@Injectable()
export class SocialService {
  private readonly logger = new Logger(SocialService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: ProviderRegistry,
    private readonly store: SocialFlowStore,
    private readonly sessions: SessionService,
    private readonly hasher: PasswordHasher,
    private readonly limiter: RateLimiter,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly users: UsersRepository,
    private readonly identities: UserIdentitiesRepository,
    private readonly ssoConfigs: SsoConfigsRepository,
  ) {}

  /** Starts an authorization request; the caller sets the binding cookie and redirects to `url`. */
  async begin(method: MethodRef, origin: string, options: { keepSignedIn: boolean; linkUserId?: string }): Promise<{ url: string; binding: string }> {
    const resolved = await this.registry.resolve(method);
    const state = oidc.randomState();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const nonce = resolved.oidc ? oidc.randomNonce() : undefined;
    const redirectUri = `${origin}${CALLBACK_PATH}`;
    const binding = newOpaqueToken();
    const url = await resolved.client.authorizationUrl({ state, nonce, codeVerifier, redirectUri }, await oidc.calculatePKCECodeChallenge(codeVerifier));
    await this.store.saveFlow(state, {
      method,
      bindingHash: sha256Hex(binding),
      codeVerifier,
      nonce,
      redirectUri,
      keepSignedIn: options.keepSignedIn,
      linkUserId: options.linkUserId,
    });
    return { url: url.href, binding };
  }

  /** The business account whose single sign-on covers this email's domain (the oldest, if several). */
  async ssoAccountForEmail(email: string): Promise<string> {
    const domain = email.split('@')[1]?.toLowerCase() ?? '';
    const accountId = await this.ssoConfigs.accountForEmailDomain(domain);
    if (!accountId) throw new DomainError(IdentityErrorCode.SSO_NOT_CONFIGURED, 'No business account offers single sign-on for this email address');
    return accountId;
  }

  /** The provider's answer → the portal path that shows the outcome (never throws). */
  async finish(query: Record<string, string>, binding: string | undefined): Promise<string> {
    try {
      return await this.finishOrThrow(query, binding);
    } catch (err) {
      const code = err instanceof DomainError ? err.code : 'INTERNAL_ERROR';
      if (!(err instanceof DomainError)) this.logger.error({ err: { message: (err as Error).message } }, 'Sign-in with a provider failed');
      return `${PORTAL_CALLBACK_PATH}?${new URLSearchParams({ error: code })}`;
    }
  }

  private async finishOrThrow(query: Record<string, string>, binding: string | undefined): Promise<string> {
    const state = query.state;
    if (!state) throw stateInvalid();
    const flow = await this.store.takeFlow(state);
    if (!flow || !binding || sha256Hex(binding) !== flow.bindingHash) throw stateInvalid();
    const resolved = await this.registry.resolve(flow.method);
    if (query.error) throw providerRejected(resolved.label);
    const callbackUrl = new URL(flow.redirectUri);
    for (const [name, value] of Object.entries(query)) callbackUrl.searchParams.set(name, value);
    const profile = await resolved.client.exchange(callbackUrl, {
      state,
      nonce: flow.nonce,
      codeVerifier: flow.codeVerifier,
      redirectUri: flow.redirectUri,
    });
    if (resolved.allowedDomains) {
      const domain = profile.email?.split('@')[1] ?? '';
      if (!resolved.allowedDomains.includes(domain)) {
        throw new DomainError(IdentityErrorCode.SSO_EMAIL_DOMAIN_NOT_ALLOWED, 'This email address is not one the business account allows to sign in through its provider');
      }
    }
    const key = providerKey(flow.method);
    const existing = await this.identities.bySubject(key, profile.subject);
    const done = (params: Record<string, string>) => `${PORTAL_CALLBACK_PATH}?${new URLSearchParams(params)}`;

    if (flow.linkUserId) {
      if (existing && existing.userId !== flow.linkUserId) {
        throw new DomainError(IdentityErrorCode.IDENTITY_LINKED_ELSEWHERE, `This ${resolved.label} identity already signs in to another account`, { provider: resolved.label });
      }
      if (!existing) {
        requireVerified(profile, resolved.label);
        await this.dataSource.transaction((m) => this.link(m, flow.linkUserId as string, flow.method, profile, resolved.label));
      }
      return done({ outcome: 'linked', method: resolved.label });
    }

    if (existing) {
      await this.identities.touch(existing.id);
      const ticket = await this.store.issueTicket({
        kind: 'session',
        userId: existing.userId,
        keepSignedIn: flow.keepSignedIn,
        ssoAccountId: flow.method.provider === 'sso' ? flow.method.accountId : undefined,
      });
      return done({ outcome: 'signed-in', ticket });
    }
    const email = requireVerified(profile, resolved.label);
    const user = await this.users.byEmail(email);
    const ticket = await this.store.issueTicket(
      user
        ? { kind: 'link', method: flow.method, profile, userId: user.id, keepSignedIn: flow.keepSignedIn }
        : { kind: 'sign-up', method: flow.method, profile, keepSignedIn: flow.keepSignedIn },
    );
    return done({ outcome: user ? 'link' : 'sign-up', ticket });
  }

  /** What the portal shows for a pending step (the ticket stays usable). */
  async describe(secret: string): Promise<SocialTicketResponseDto> {
    const ticket = await this.store.peekTicket(secret);
    if (!ticket) throw ticketInvalid();
    if (ticket.kind === 'session') return { step: 'session', keepSignedIn: ticket.keepSignedIn };
    const method = await this.registry.label(ticket.method);
    const base = {
      method,
      provider: ticket.method.provider,
      email: ticket.profile.email ?? '',
      firstName: ticket.profile.firstName,
      lastName: ticket.profile.lastName,
      keepSignedIn: ticket.keepSignedIn,
    };
    if (ticket.kind === 'sign-up') return { step: 'sign-up', ...base };
    const user = await this.users.byId(ticket.userId);
    return { step: 'link', ...base, passwordSignInAvailable: Boolean(user?.passwordHash) };
  }

  private async take<K extends Ticket['kind']>(secret: string, kind: K): Promise<Extract<Ticket, { kind: K }>> {
    const peeked = await this.store.peekTicket(secret);
    if (peeked?.kind !== kind) throw ticketInvalid();
    const ticket = await this.store.takeTicket(secret);
    if (ticket?.kind !== kind) throw ticketInvalid();
    return ticket as Extract<Ticket, { kind: K }>;
  }

  /** A known identity came back from its provider: the session, in the same shape as a password sign-in. */
  async redeemSession(secret: string, client: ClientInfo): Promise<SessionResponseDto> {
    const ticket = await this.take(secret, 'session');
    const user = await this.users.byId(ticket.userId);
    if (!user) throw ticketInvalid();
    return this.sessions.start(this.dataSource.manager, user, ticket.keepSignedIn, client, ticket.ssoAccountId ?? null);
  }

  /** The person accepted the terms: the user is created from the provider's verified name and email. */
  async completeSignUp(secret: string, keepSignedIn: boolean | undefined, client: ClientInfo): Promise<SessionResponseDto> {
    const ticket = await this.take(secret, 'sign-up');
    const email = requireVerified(ticket.profile, ticket.method.provider);
    const label = await this.registry.label(ticket.method);
    try {
      return await this.dataSource.transaction(async (m) => {
        if (await this.users.emailTaken(email, m)) throw emailTaken();
        const user = await this.users.insert({ email, firstName: ticket.profile.firstName, lastName: ticket.profile.lastName || '-', passwordHash: null }, m);
        await this.identities.insert(identityRow(user.id, ticket.method, ticket.profile), m);
        await appendEvent(m, {
          type: 'user.registered',
          payload: { userId: user.id, email: user.email, firstName: user.firstName, lastName: user.lastName },
        });
        this.logger.log({ userId: user.id, method: label }, 'Signed up through a provider');
        return this.sessions.start(m, user, keepSignedIn ?? ticket.keepSignedIn, client, ssoAccountOf(ticket.method));
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw emailTaken();
      throw err;
    }
  }

  /** The email belongs to an existing user: their password proves the account is theirs, then the identity is linked. */
  async linkWithPassword(secret: string, password: string, client: ClientInfo): Promise<SessionResponseDto> {
    const peeked = await this.store.peekTicket(secret);
    if (peeked?.kind !== 'link') throw ticketInvalid();
    const user = await this.users.byId(peeked.userId);
    if (!user) throw ticketInvalid();
    const attempt = await this.limiter.consume('sign-in', client.ip, user.email);
    if (!user.passwordHash) {
      throw new DomainError(
        IdentityErrorCode.PASSWORD_NOT_SET,
        'This account has no password: sign in the way you usually do, then link this provider in your security settings',
      );
    }
    if (!(await this.hasher.verifyUser(user, password))) throw invalidCredentials();
    await attempt.release();
    const ticket = await this.take(secret, 'link');
    const label = await this.registry.label(ticket.method);
    return this.dataSource.transaction(async (m) => {
      await this.link(m, user.id, ticket.method, ticket.profile, label);
      return this.sessions.start(m, user, ticket.keepSignedIn, client, ssoAccountOf(ticket.method));
    });
  }

  /** Links an identity to a user who proved the account is theirs, and tells them by email. */
  private async link(m: EntityManager, userId: string, method: MethodRef, profile: ProviderProfile, label: string): Promise<void> {
    const user = await this.users.get(userId, m);
    if (await this.identities.hasProvider(userId, providerKey(method), m)) {
      throw new DomainError(IdentityErrorCode.IDENTITY_LINKED_ELSEWHERE, `Another ${label} identity is already linked to this account; unlink it first`, { provider: label });
    }
    try {
      await this.identities.insert(identityRow(userId, method, profile), m);
    } catch (err) {
      if (isUniqueViolation(err)) throw new DomainError(IdentityErrorCode.IDENTITY_LINKED_ELSEWHERE, `This ${label} identity already signs in to another account`, { provider: label });
      throw err;
    }
    await appendEvent(m, {
      type: 'user.sign-in-method-linked',
      payload: { userId, email: user.email, firstName: user.firstName, method: label, at: new Date().toISOString() },
    });
  }

  async list(userId: string): Promise<IdentityListResponseDto> {
    const user = await this.users.byId(userId);
    if (!user) throw new DomainError(IdentityErrorCode.USER_NOT_FOUND, 'User not found');
    const rows = await this.identities.listOfUser(userId);
    return {
      hasPassword: Boolean(user.passwordHash),
      items: rows.map((r) => ({
        id: r.id,
        provider: r.provider,
        accountId: r.account_id,
        method: r.provider === 'sso' ? `Single sign-on (${r.company_name ?? 'business account'})` : r.provider === 'google' ? 'Google' : 'Facebook',
        email: r.email,
        createdAt: r.created_at.toISOString(),
        lastUsedAt: r.last_used_at?.toISOString() ?? null,
      })),
    };
  }

  /** Unlinks one of the user's identities, unless it is their last way to sign in. */
  async unlink(userId: string, identityId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      // The user's row lock serialises concurrent unlinks, so two of them cannot remove the last two methods.
      const user = await this.users.lock(userId, m);
      const identity = await this.identities.ofUser(userId, identityId, m);
      if (!user || !identity) throw new DomainError(IdentityErrorCode.IDENTITY_NOT_FOUND, 'Sign-in method not found');
      const count = await this.identities.countOfUser(userId, m);
      if (!user.passwordHash && count <= 1) {
        throw new DomainError(IdentityErrorCode.LAST_SIGN_IN_METHOD, 'This is your only way to sign in: set a password or link another provider first');
      }
      const label = await this.registry.label(
        identity.provider === 'sso' && identity.accountId ? { provider: 'sso', accountId: identity.accountId } : { provider: identity.provider === 'google' ? 'google' : 'facebook' },
      );
      await this.identities.remove(identity.id, m);
      await appendEvent(m, {
        type: 'user.identity-unlinked',
        payload: { userId, email: user.email, firstName: user.firstName, method: label, at: new Date().toISOString() },
      });
    });
  }

  /** A provider-only user sets a first password (changing one needs the current password instead). */
  async setPassword(userId: string, password: string): Promise<void> {
    const hash = await this.hasher.hash(password);
    await this.dataSource.transaction(async (m) => {
      const user = await this.users.lock(userId, m);
      if (!user) throw new DomainError(IdentityErrorCode.USER_NOT_FOUND, 'User not found');
      if (user.passwordHash) throw new DomainError(IdentityErrorCode.PASSWORD_ALREADY_SET, 'You have a password already: change it with your current one');
      await this.users.update(userId, { passwordHash: hash }, m);
      await appendEvent(m, {
        type: 'user.sign-in-method-linked',
        payload: { userId, email: user.email, firstName: user.firstName, method: 'Password', at: new Date().toISOString() },
      });
    });
  }
}

function requireVerified(profile: ProviderProfile, label: string): string {
  if (!profile.email || !profile.emailVerified) throw emailUnverified(label);
  return profile.email;
}

function ssoAccountOf(method: MethodRef): string | null {
  return method.provider === 'sso' ? method.accountId : null;
}

function identityRow(userId: string, method: MethodRef, profile: ProviderProfile): NewUserIdentity {
  return {
    userId,
    provider: method.provider,
    providerKey: providerKey(method),
    accountId: method.provider === 'sso' ? method.accountId : null,
    subject: profile.subject,
    email: profile.email,
    lastUsedAt: new Date(),
  };
}
