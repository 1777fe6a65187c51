import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, sha256Hex } from '#common';
import { appendEvent } from '#messaging';
import type { ClientInfo } from '../common/client-info.js';
import { IdentityErrorCode } from '../common/identity-errors.js';
import { newOpaqueToken } from '../common/secrets.js';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import { SessionService } from '../sessions/session.service.js';
import { PasswordHasher } from './password-hasher.js';
import { SingleUseTokensRepository } from './single-use-tokens.repository.js';
import { UsersRepository } from './users.repository.js';

type ResetOutcome = { kind: 'ok'; revoked: string[] } | { kind: 'invalid' | 'expired' };

/** Forgot password → emailed single-use link → new password; every session is signed out. */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly limiter: RateLimiter,
    private readonly users: UsersRepository,
    private readonly tokens: SingleUseTokensRepository,
  ) {}

  /** Answers the same whether or not the email belongs to someone; only then is a link sent. */
  async request(email: string, client: ClientInfo): Promise<void> {
    await this.limiter.consume('password-reset', client.ip, email);
    await this.dataSource.transaction(async (m) => {
      const user = await this.users.byEmail(email, m);
      if (!user) return;
      const token = newOpaqueToken();
      const expiresAt = new Date(Date.now() + this.config.passwordResetTtlSeconds * 1000);
      await this.tokens.insertPasswordReset(user.id, sha256Hex(token), expiresAt, m);
      await appendEvent(m, {
        type: 'user.password-reset-requested',
        payload: { userId: user.id, email: user.email, firstName: user.firstName, token, expiresAt: expiresAt.toISOString() },
      });
    });
  }

  async reset(token: string, password: string): Promise<void> {
    const passwordHash = await this.hasher.hash(password);
    const outcome = await this.dataSource.transaction(async (m): Promise<ResetOutcome> => {
      const row = await this.tokens.lockPasswordReset(sha256Hex(token), m);
      if (!row || row.usedAt) return { kind: 'invalid' };
      if (row.expiresAt <= new Date()) return { kind: 'expired' };
      await this.users.update(row.userId, { passwordHash }, m);
      // This link and every other outstanding one of the user are spent.
      await this.tokens.spendPasswordResets(row.userId, m);
      const revoked = await this.sessions.revokeAllInTransaction(m, row.userId, 'password-reset');
      return { kind: 'ok', revoked };
    });
    if (outcome.kind !== 'ok') {
      throw outcome.kind === 'expired'
        ? new DomainError(IdentityErrorCode.RESET_TOKEN_EXPIRED, 'This password reset link has expired; request a new one')
        : new DomainError(IdentityErrorCode.RESET_TOKEN_INVALID, 'This password reset link is not valid or was already used');
    }
    await this.sessions.markRevoked(outcome.revoked);
  }
}
