import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, isUniqueViolation, sha256Hex } from '#common';
import type { UserEntity } from '#database';
import { appendEvent } from '#messaging';
import { emailTaken } from '../auth/auth.service.js';
import { SingleUseTokensRepository } from '../auth/single-use-tokens.repository.js';
import { UsersRepository } from '../auth/users.repository.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import type { ClientInfo } from '../common/client-info.js';
import { IdentityErrorCode } from '../common/identity-errors.js';
import { newOpaqueToken } from '../common/secrets.js';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import type { EmailChangeStatusResponseDto, RequestEmailChangeRequestDto } from './email-change.dto.js';

type ConfirmOutcome = { kind: 'ok'; email: string } | { kind: 'invalid' | 'expired' | 'taken' };

/**
 * Changing one's email: the new address gets a single-use link, and only that link makes it the
 * sign-in email (so a typo cannot lock anyone out); the old address is then told. A newer request
 * voids the earlier links. Sessions stay signed in: the password did not change.
 */
@Injectable()
export class EmailChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly hasher: PasswordHasher,
    private readonly limiter: RateLimiter,
    private readonly users: UsersRepository,
    private readonly tokens: SingleUseTokensRepository,
  ) {}

  async status(userId: string): Promise<EmailChangeStatusResponseDto> {
    return this.dataSource.transaction((m) => this.statusIn(m, userId));
  }

  async request(userId: string, input: RequestEmailChangeRequestDto, client: ClientInfo): Promise<EmailChangeStatusResponseDto> {
    const user = await this.user(this.dataSource.manager, userId);
    const ticket = await this.limiter.consume('sign-in', client.ip, user.email);
    if (!(await this.hasher.verify(user.passwordHash, input.currentPassword))) {
      throw new DomainError(IdentityErrorCode.CURRENT_PASSWORD_INCORRECT, 'The current password is incorrect');
    }
    await ticket.release();
    if (input.newEmail === user.email) throw new DomainError(IdentityErrorCode.EMAIL_UNCHANGED, 'This is already your email');
    // Each request sends an email to an address of the person's choosing: limited like forgot-password.
    await this.limiter.consume('password-reset', client.ip, input.newEmail);
    return this.dataSource.transaction(async (m) => {
      if (await this.users.emailTaken(input.newEmail, m)) throw emailTaken();
      await this.voidOutstanding(m, userId);
      const token = newOpaqueToken();
      const expiresAt = new Date(Date.now() + this.config.emailChangeTtlSeconds * 1000);
      await this.tokens.insertEmailChange(userId, input.newEmail, sha256Hex(token), expiresAt, m);
      await appendEvent(m, {
        type: 'user.email-change-requested',
        payload: { userId, newEmail: input.newEmail, firstName: user.firstName, token, expiresAt: expiresAt.toISOString() },
      });
      return this.statusIn(m, userId);
    });
  }

  /** Cancels the pending change (its link stops working). Idempotent. */
  async cancel(userId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await this.user(m, userId);
      await this.voidOutstanding(m, userId);
    });
  }

  /** The link from the new address; it needs no session (it may be opened on another device). */
  async confirm(token: string): Promise<string> {
    const outcome = await this.dataSource
      .transaction(async (m): Promise<ConfirmOutcome> => {
        const row = await this.tokens.lockEmailChange(sha256Hex(token), m);
        if (!row || row.usedAt) return { kind: 'invalid' };
        if (row.expiresAt <= new Date()) return { kind: 'expired' };
        const user = await this.users.lock(row.userId, m);
        if (!user) return { kind: 'invalid' };
        if (await this.users.emailTaken(row.newEmail, m)) return { kind: 'taken' };
        await this.users.update(user.id, { email: row.newEmail }, m);
        await this.voidOutstanding(m, user.id);
        await appendEvent(m, {
          type: 'user.email-changed',
          payload: { userId: user.id, oldEmail: user.email, newEmail: row.newEmail, firstName: user.firstName },
        });
        return { kind: 'ok', email: row.newEmail };
      })
      .catch((err: unknown) => {
        // Someone signed up with the address between the check and the update.
        if (isUniqueViolation(err)) return { kind: 'taken' } as const;
        throw err;
      });
    switch (outcome.kind) {
      case 'ok':
        return outcome.email;
      case 'taken':
        throw emailTaken();
      case 'expired':
        throw new DomainError(IdentityErrorCode.EMAIL_CHANGE_TOKEN_EXPIRED, 'This confirmation link has expired; ask for the change again');
      case 'invalid':
        throw new DomainError(IdentityErrorCode.EMAIL_CHANGE_TOKEN_INVALID, 'This confirmation link is not valid or was already used');
    }
  }

  private async voidOutstanding(m: EntityManager, userId: string): Promise<void> {
    await this.tokens.spendEmailChanges(userId, m);
  }

  private async statusIn(m: EntityManager, userId: string): Promise<EmailChangeStatusResponseDto> {
    const user = await this.user(m, userId);
    const pending = await this.tokens.pendingEmailChange(userId, m);
    return { email: user.email, pending: pending ? { newEmail: pending.newEmail, expiresAt: pending.expiresAt.toISOString() } : null };
  }

  private async user(m: EntityManager, userId: string): Promise<UserEntity> {
    const user = await this.users.byId(userId, m);
    if (!user) throw new DomainError(IdentityErrorCode.USER_NOT_FOUND, 'User not found');
    return user;
  }
}
