import { CanActivate, ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import { REDIS } from '../redis/redis.module.js';
import { CommonErrorCode } from '../errors/error-codes.js';
import { mintAccountScope } from './account-scope.js';
import { revokedSessionKey, type AuthenticatedRequest, type AuthenticatedUser } from './auth.types.js';
import { AUTH_SETTINGS, TokenVerifier, type AuthSettings } from './token-verifier.js';
import { withTimeout } from '../util/with-timeout.js';

export const REQUIRED_ACCOUNT_ROLE = 'requiredAccountRole';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Bearer access token → `request.user`. A revoked session's tokens stop working at once: the Redis
 * mark identity sets on revocation is checked first, then the session itself (identity's `sessions`
 * table, in the one shared schema) must exist, belong to the token's subject, be unrevoked and
 * unexpired. A token naming no live session is refused.
 */
@Injectable()
export class UserAuthGuard implements CanActivate {
  private readonly logger = new Logger(UserAuthGuard.name);

  constructor(
    private readonly verifier: TokenVerifier,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (request.user) return true;
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match?.[1]) throw new DomainError(CommonErrorCode.UNAUTHENTICATED, 'A valid access token is required');
    const user = await this.verifier.verify(match[1]);
    if (!user.sessionId || (await this.isRevoked(user.sessionId))) {
      throw new DomainError(CommonErrorCode.SESSION_REVOKED, 'This session was signed out');
    }
    const rows: Array<{ live: boolean }> = await this.dataSource.query(
      `SELECT (revoked_at IS NULL AND expires_at > now()) AS live FROM sessions WHERE id = $1 AND user_id = $2`,
      [user.sessionId, user.id],
    );
    const session = rows[0];
    if (!session) throw new DomainError(CommonErrorCode.UNAUTHENTICATED, 'A valid access token is required');
    if (!session.live) throw new DomainError(CommonErrorCode.SESSION_REVOKED, 'This session has ended; sign in again');
    request.user = user;
    return true;
  }

  private async isRevoked(sessionId: string): Promise<boolean> {
    try {
      const flag = await withTimeout(this.redis.exists(revokedSessionKey(this.settings.revocationPrefix, sessionId)), 500, 'timeout');
      return flag === 1;
    } catch (err) {
      // Availability over strictness: tokens live minutes; Redis being down must not lock everyone out.
      this.logger.warn(`Session revocation check skipped: ${(err as Error).message}`);
      return false;
    }
  }
}

/** Operators (the vendor's staff) only. Run after UserAuthGuard. */
@Injectable()
export class OperatorGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const user: AuthenticatedUser | undefined = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (user?.role !== 'operator') throw new DomainError(CommonErrorCode.OPERATOR_REQUIRED, 'Only operators may do this');
    return true;
  }
}

/**
 * The caller's membership in `:accountId` → `request.account`. Another account answers 404 exactly
 * like one that does not exist; a blocked member gets 403 on everything; admin-only routes refuse
 * members. Read on every request, so role and block changes take effect at once.
 */
@Injectable()
export class AccountAccessGuard implements CanActivate {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const user = request.user;
    if (!user) throw new DomainError(CommonErrorCode.UNAUTHENTICATED, 'A valid access token is required');
    const accountId = (request.params as Record<string, string> | undefined)?.accountId;
    const notFound = () => new DomainError(CommonErrorCode.ACCOUNT_NOT_FOUND, 'Business account not found');
    if (!accountId || !UUID.test(accountId)) throw notFound();
    // An account that requires its single sign-on accepts only sessions started through it.
    const rows: Array<{ id: string; role: 'member' | 'admin'; status: 'active' | 'blocked'; sso_missing: boolean }> = await this.dataSource.query(
      `SELECT m.id, m.role, m.status,
              COALESCE(c.required, false) AND (s.sso_account_id IS DISTINCT FROM m.account_id) AS sso_missing
         FROM memberships m
         LEFT JOIN account_sso_configs c ON c.account_id = m.account_id
         LEFT JOIN sessions s ON s.id = $3
        WHERE m.account_id = $1 AND m.user_id = $2`,
      [accountId, user.id, user.sessionId ?? null],
    );
    const membership = rows[0];
    if (!membership) throw notFound();
    if (membership.status !== 'active') {
      throw new DomainError(CommonErrorCode.MEMBERSHIP_BLOCKED, 'Your access to this business account is blocked');
    }
    if (membership.sso_missing) {
      throw new DomainError(
        CommonErrorCode.SSO_REQUIRED,
        "This business account requires its single sign-on: sign in through your organisation's provider",
        { accountId },
      );
    }
    const required = this.reflector.getAllAndOverride<'member' | 'admin' | undefined>(REQUIRED_ACCOUNT_ROLE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (required === 'admin' && membership.role !== 'admin') {
      throw new DomainError(CommonErrorCode.ADMIN_REQUIRED, 'Only account administrators may do this');
    }
    request.account = { accountId: mintAccountScope(accountId), membershipId: membership.id, role: membership.role };
    return true;
  }
}
