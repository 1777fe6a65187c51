import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '#common';
import { PasswordResetTokenEntity, UserEntity } from '#database';
import { appendEvent } from '#messaging';
import type { ClientInfo } from '../common/client-info.js';
import { IdentityErrorCode } from '../common/identity-errors.js';
import { newOpaqueToken, sha256Hex } from '../common/secrets.js';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import { SessionService } from '../sessions/session.service.js';
import { PasswordHasher } from './password-hasher.js';

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
  ) {}

  /** Answers the same whether or not the email belongs to someone; only then is a link sent. */
  async request(email: string, client: ClientInfo): Promise<void> {
    await this.limiter.consume('password-reset', client.ip, email);
    await this.dataSource.transaction(async (m) => {
      const user = await m.findOneBy(UserEntity, { email });
      if (!user) return;
      const token = newOpaqueToken();
      const expiresAt = new Date(Date.now() + this.config.passwordResetTtlSeconds * 1000);
      await m.insert(PasswordResetTokenEntity, { userId: user.id, tokenHash: sha256Hex(token), expiresAt, usedAt: null });
      await appendEvent(m, {
        type: 'user.password-reset-requested',
        payload: { userId: user.id, email: user.email, firstName: user.firstName, token, expiresAt: expiresAt.toISOString() },
      });
    });
  }

  async reset(token: string, password: string): Promise<void> {
    const passwordHash = await this.hasher.hash(password);
    const outcome = await this.dataSource.transaction(async (m): Promise<ResetOutcome> => {
      const row = await m
        .getRepository(PasswordResetTokenEntity)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.tokenHash = :hash', { hash: sha256Hex(token) })
        .getOne();
      if (!row || row.usedAt) return { kind: 'invalid' };
      if (row.expiresAt <= new Date()) return { kind: 'expired' };
      await m.update(UserEntity, { id: row.userId }, { passwordHash });
      // This link and every other outstanding one of the user are spent.
      await m.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [row.userId]);
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
