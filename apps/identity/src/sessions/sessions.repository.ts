import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PageRequest } from '#common';
import { RetiredRefreshTokenEntity, SessionEntity } from '#database';

/** Why a session was ended (stored with it). */
export type RevocationReason = 'sign-out' | 'revoked' | 'password-changed' | 'password-reset' | 'refresh-token-reuse';

export type NewSession = Pick<SessionEntity, 'userId' | 'refreshTokenHash' | 'keepSignedIn' | 'userAgent' | 'ip' | 'lastUsedAt' | 'expiresAt' | 'ssoAccountId'>;

/** Sessions (refresh-token families) and the refresh tokens they retired. Refresh tokens are stored only hashed. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The user's sessions that can still be used, most recently used first, one page of them. */
  async pageLive(userId: string, page: PageRequest): Promise<{ rows: SessionEntity[]; total: number }> {
    const [rows, total] = await this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.userId = :userId AND s.revokedAt IS NULL AND s.expiresAt > now()', { userId })
      .orderBy('s.lastUsedAt', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .take(page.pageSize)
      .skip(page.offset)
      .getManyAndCount();
    return { rows, total };
  }

  insert(session: NewSession, db: EntityManager): Promise<SessionEntity> {
    return db.save(db.create(SessionEntity, { ...session, revokedAt: null, revokedReason: null }));
  }

  /** The session whose current refresh token has this hash, locked FOR UPDATE (refreshes of one session serialise on it). */
  lockByRefreshTokenHash(tokenHash: string, db: EntityManager, sessionId?: string): Promise<SessionEntity | null> {
    const query = db.getRepository(SessionEntity).createQueryBuilder('s').setLock('pessimistic_write').where('s.refreshTokenHash = :hash', { hash: tokenHash });
    if (sessionId) query.andWhere('s.id = :id', { id: sessionId });
    return query.getOne();
  }

  retired(tokenHash: string, db: EntityManager): Promise<RetiredRefreshTokenEntity | null> {
    return db.findOneBy(RetiredRefreshTokenEntity, { tokenHash });
  }

  /** Rotates the session's refresh token: the old hash is retired, the session saved with its new one. */
  async rotate(session: SessionEntity, retiredHash: string, db: EntityManager): Promise<void> {
    await db.insert(RetiredRefreshTokenEntity, { tokenHash: retiredHash, sessionId: session.id });
    await db.save(session);
  }

  /** The business account whose single sign-on started the session, if one did. */
  async ssoAccountOf(sessionId: string): Promise<string | null> {
    const session = await this.dataSource.getRepository(SessionEntity).findOne({ where: { id: sessionId }, select: { id: true, ssoAccountId: true } });
    return session?.ssoAccountId ?? null;
  }

  existsForUser(sessionId: string, userId: string): Promise<boolean> {
    return this.dataSource.getRepository(SessionEntity).existsBy({ id: sessionId, userId });
  }

  /** Ends the session. Answers the ids of the sessions ended now (not those ended before). */
  revoke(sessionId: string, reason: RevocationReason, db: EntityManager): Promise<string[]> {
    return this.revokeWhere(db, 'id = $1', [sessionId], reason);
  }

  revokeOfUser(sessionId: string, userId: string, reason: RevocationReason, db: EntityManager): Promise<string[]> {
    return this.revokeWhere(db, 'id = $1 AND user_id = $2', [sessionId, userId], reason);
  }

  /** Every session of the user, but `exceptSessionId`. */
  revokeAllOfUser(userId: string, reason: RevocationReason, db: EntityManager, exceptSessionId?: string): Promise<string[]> {
    return exceptSessionId
      ? this.revokeWhere(db, 'user_id = $1 AND id <> $2', [userId, exceptSessionId], reason)
      : this.revokeWhere(db, 'user_id = $1', [userId], reason);
  }

  /** The session a refresh token (current or retired) belongs to. */
  revokeByRefreshTokenHash(tokenHash: string, reason: RevocationReason, db: EntityManager): Promise<string[]> {
    return this.revokeWhere(
      db,
      'id IN (SELECT id FROM sessions WHERE refresh_token_hash = $1 UNION SELECT session_id FROM retired_refresh_tokens WHERE token_hash = $1)',
      [tokenHash],
      reason,
    );
  }

  private async revokeWhere(db: EntityManager, condition: string, params: unknown[], reason: RevocationReason): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(
      `WITH revoked AS (
         UPDATE sessions SET revoked_at = now(), revoked_reason = $${params.length + 1}
         WHERE ${condition} AND revoked_at IS NULL
         RETURNING id
       ) SELECT id FROM revoked`,
      [...params, reason],
    );
    return rows.map((r) => r.id);
  }
}
