import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { EmailChangeTokenEntity, PasswordResetTokenEntity } from '#database';

/**
 * The single-use links emailed to people: password resets and email-change confirmations. Stored
 * only hashed; looked up by the hash under a row lock, so a link is spent once.
 */
@Injectable()
export class SingleUseTokensRepository {
  async insertPasswordReset(userId: string, tokenHash: string, expiresAt: Date, db: EntityManager): Promise<void> {
    await db.insert(PasswordResetTokenEntity, { userId, tokenHash, expiresAt, usedAt: null });
  }

  lockPasswordReset(tokenHash: string, db: EntityManager): Promise<PasswordResetTokenEntity | null> {
    return db.getRepository(PasswordResetTokenEntity).createQueryBuilder('t').setLock('pessimistic_write').where('t.tokenHash = :hash', { hash: tokenHash }).getOne();
  }

  /** Spends every outstanding password-reset link of the user. */
  async spendPasswordResets(userId: string, db: EntityManager): Promise<void> {
    await db.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }

  async insertEmailChange(userId: string, newEmail: string, tokenHash: string, expiresAt: Date, db: EntityManager): Promise<void> {
    await db.insert(EmailChangeTokenEntity, { userId, newEmail, tokenHash, expiresAt, usedAt: null });
  }

  lockEmailChange(tokenHash: string, db: EntityManager): Promise<EmailChangeTokenEntity | null> {
    return db.getRepository(EmailChangeTokenEntity).createQueryBuilder('t').setLock('pessimistic_write').where('t.tokenHash = :hash', { hash: tokenHash }).getOne();
  }

  /** The user's newest email change whose link still works. */
  pendingEmailChange(userId: string, db: EntityManager): Promise<EmailChangeTokenEntity | null> {
    return db
      .getRepository(EmailChangeTokenEntity)
      .createQueryBuilder('t')
      .where('t.userId = :userId AND t.usedAt IS NULL AND t.expiresAt > now()', { userId })
      .orderBy('t.createdAt', 'DESC')
      .getOne();
  }

  /** Spends every outstanding email-change link of the user. */
  async spendEmailChanges(userId: string, db: EntityManager): Promise<void> {
    await db.query(`UPDATE email_change_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }
}
