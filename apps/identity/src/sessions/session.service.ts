import { createHash, createHmac } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { DataSource, type EntityManager } from 'typeorm';
import { CommonErrorCode, DomainError, pageOf, pageResult, REDIS, revokedSessionKey, withTimeout, type PageQueryDto, sha256Hex } from '#common';
import type { SessionEntity, UserEntity } from '#database';
import type { SessionResponseDto } from '../auth/auth.dto.js';
import { toUserResponse } from '../auth/user-response.js';
import { TokenService } from '../auth/token.service.js';
import { UsersRepository } from '../auth/users.repository.js';
import type { ClientInfo } from '../common/client-info.js';
import { IdentityErrorCode } from '../common/identity-errors.js';
import { newOpaqueToken } from '../common/secrets.js';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config.js';
import type { SessionListResponseDto } from './sessions.dto.js';
import { SessionsRepository, type RevocationReason } from './sessions.repository.js';

export type { RevocationReason } from './sessions.repository.js';

type RefreshOutcome =
  | { kind: 'ok' | 'grace'; user: UserEntity; session: SessionEntity; refreshToken: string }
  | { kind: 'invalid' | 'revoked' | 'expired' }
  | { kind: 'reused'; sessionId: string; revoked: string[] };

/**
 * Sessions are refresh-token families. The access tokens they issue carry the session id (`sid`);
 * revoking a session marks it in Redis for as long as its last access token can live, which is what
 * the shared UserAuthGuard checks, so revocation takes effect on the next request.
 */
@Injectable()
export class SessionService {
  private readonly logger = new Logger(SessionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly sessions: SessionsRepository,
    private readonly users: UsersRepository,
  ) {}

  /**
   * Starts a session for a user whose credentials were just verified; `manager` may be a transaction's.
   * `ssoAccountId`: the business account whose single sign-on verified them.
   */
  async start(
    manager: EntityManager,
    user: UserEntity,
    keepSignedIn: boolean,
    client: ClientInfo,
    ssoAccountId: string | null = null,
  ): Promise<SessionResponseDto> {
    const refreshToken = newOpaqueToken();
    const now = new Date();
    const session = await this.sessions.insert(
      {
        userId: user.id,
        refreshTokenHash: sha256Hex(refreshToken),
        keepSignedIn,
        userAgent: client.userAgent,
        ip: client.ip,
        lastUsedAt: now,
        expiresAt: this.expiry(keepSignedIn, now),
        ssoAccountId,
      },
      manager,
    );
    return this.respond(user, session, refreshToken);
  }

  /** Exchanges a refresh token for a new access token and a new refresh token (the old one is retired). */
  async refresh(refreshToken: string, client: ClientInfo): Promise<SessionResponseDto> {
    const hash = sha256Hex(refreshToken);
    const outcome = await this.dataSource.transaction(async (m): Promise<RefreshOutcome> => {
      // The row lock serialises refreshes of one session: of two concurrent uses of one token, the
      // second finds it retired, which is exactly a reuse.
      const session = await this.sessions.lockByRefreshTokenHash(hash, m);
      if (!session) {
        const retired = await this.sessions.retired(hash, m);
        if (!retired) return { kind: 'invalid' };
        // Two tabs refreshing at once: within the grace window the same token answers the pair the
        // first use made, as long as that successor is still the session's current token.
        const graceMs = this.config.sessions.refreshReuseGraceSeconds * 1000;
        if (graceMs > 0 && retired.retiredAt.getTime() > Date.now() - graceMs) {
          const successor = this.successorOf(refreshToken);
          const current = await this.sessions.lockByRefreshTokenHash(sha256Hex(successor), m, retired.sessionId);
          if (current && !current.revokedAt && current.expiresAt > new Date()) {
            const user = await this.users.get(current.userId, m);
            return { kind: 'grace', user, session: current, refreshToken: successor };
          }
        }
        const revoked = await this.sessions.revoke(retired.sessionId, 'refresh-token-reuse', m);
        return { kind: 'reused', sessionId: retired.sessionId, revoked };
      }
      if (session.revokedAt) return { kind: 'revoked' };
      const now = new Date();
      if (session.expiresAt <= now) return { kind: 'expired' };
      const user = await this.users.get(session.userId, m);
      const next = this.successorOf(refreshToken);
      session.refreshTokenHash = sha256Hex(next);
      session.lastUsedAt = now;
      session.ip = client.ip;
      session.userAgent = client.userAgent ?? session.userAgent;
      if (session.keepSignedIn) session.expiresAt = this.expiry(true, now);
      await this.sessions.rotate(session, hash, m);
      return { kind: 'ok', user, session, refreshToken: next };
    });
    switch (outcome.kind) {
      case 'ok':
      case 'grace':
        return this.respond(outcome.user, outcome.session, outcome.refreshToken);
      case 'reused':
        this.logger.warn({ sessionId: outcome.sessionId, ip: client.ip }, 'Retired refresh token presented again: session revoked');
        await this.markRevoked(outcome.revoked);
        throw new DomainError(IdentityErrorCode.REFRESH_TOKEN_REUSED, 'This refresh token was already used; the session has been signed out');
      case 'revoked':
        throw new DomainError(CommonErrorCode.SESSION_REVOKED, 'This session was signed out');
      case 'expired':
        throw new DomainError(IdentityErrorCode.SESSION_EXPIRED, 'This session has expired; sign in again');
      default:
        throw new DomainError(IdentityErrorCode.INVALID_REFRESH_TOKEN, 'The refresh token is not valid');
    }
  }

  /** The user's sessions that can still be used, most recently used first, one page of them. */
  async list(userId: string, currentSessionId: string | undefined, query: PageQueryDto): Promise<SessionListResponseDto> {
    const page = pageOf(query);
    const { rows, total } = await this.sessions.pageLive(userId, page);
    const items = rows.map((s) => ({
      id: s.id,
      current: s.id === currentSessionId,
      userAgent: s.userAgent,
      ip: s.ip,
      keepSignedIn: s.keepSignedIn,
      createdAt: s.createdAt.toISOString(),
      lastUsedAt: s.lastUsedAt.toISOString(),
      expiresAt: s.expiresAt.toISOString(),
    }));
    return pageResult(page, items, total);
  }

  /** Revokes one of the user's sessions; another user's session answers 404. */
  /** Signs out the session a refresh token (current or recently retired) belongs to; unknown tokens do nothing. */
  async revokeByRefreshToken(refreshToken: string): Promise<void> {
    const hash = sha256Hex(refreshToken);
    const revoked = await this.sessions.revokeByRefreshTokenHash(hash, 'sign-out', this.dataSource.manager);
    await this.markRevoked(revoked);
  }

  async revokeOne(userId: string, sessionId: string, reason: RevocationReason): Promise<void> {
    const exists = await this.sessions.existsForUser(sessionId, userId);
    if (!exists) throw new DomainError(IdentityErrorCode.SESSION_NOT_FOUND, 'Session not found');
    const revoked = await this.sessions.revokeOfUser(sessionId, userId, reason, this.dataSource.manager);
    await this.markRevoked(revoked);
  }

  /** Revokes every session of the user, except `exceptSessionId`; inside the caller's transaction. Call `markRevoked` after commit. */
  revokeAllInTransaction(manager: EntityManager, userId: string, reason: RevocationReason, exceptSessionId?: string): Promise<string[]> {
    return this.sessions.revokeAllOfUser(userId, reason, manager, exceptSessionId);
  }

  async revokeAll(userId: string, reason: RevocationReason, exceptSessionId?: string): Promise<number> {
    const revoked = await this.revokeAllInTransaction(this.dataSource.manager, userId, reason, exceptSessionId);
    await this.markRevoked(revoked);
    return revoked.length;
  }

  /**
   * Tells every service's guard that these sessions' access tokens are void, for as long as such a
   * token can live. Redis being down must not fail the request: the tokens expire within minutes.
   */
  async markRevoked(sessionIds: string[]): Promise<void> {
    if (sessionIds.length === 0) return;
    const ttl = this.config.auth.accessTokenTtlSeconds;
    const pipeline = this.redis.multi();
    for (const id of sessionIds) pipeline.set(revokedSessionKey(this.config.redis.prefix, id), '1', 'EX', ttl);
    try {
      await withTimeout(pipeline.exec(), 1000, 'timeout');
    } catch (err) {
      this.logger.warn(`Revoked sessions not published to Redis (${sessionIds.length}): ${(err as Error).message}`);
    }
  }

  private expiry(keepSignedIn: boolean, from: Date): Date {
    const seconds = keepSignedIn ? this.config.sessions.keepSignedInTtlSeconds : this.config.sessions.ttlSeconds;
    return new Date(from.getTime() + seconds * 1000);
  }

  /**
   * The refresh token that replaces `token`: an HMAC of it under a key only identity holds, so a
   * repeat within the grace window can answer the same successor without it being stored in clear.
   */
  private successorOf(token: string): string {
    return createHmac('sha256', this.successorKey).update(token, 'utf8').digest('base64url');
  }

  private get successorKey(): Buffer {
    this.successorKeyCache ??= createHash('sha256').update(`refresh-token-successor\n${this.config.auth.privateKeyPem}`, 'utf8').digest();
    return this.successorKeyCache;
  }

  private successorKeyCache?: Buffer;

  private async respond(user: UserEntity, session: SessionEntity, refreshToken: string): Promise<SessionResponseDto> {
    const accessToken = await this.tokens.sign({ sub: user.id, email: user.email, role: user.role, sid: session.id });
    return {
      user: toUserResponse(user),
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.tokens.ttlSeconds,
      refreshToken,
      refreshTokenExpiresAt: session.expiresAt.toISOString(),
      sessionId: session.id,
    };
  }
}
