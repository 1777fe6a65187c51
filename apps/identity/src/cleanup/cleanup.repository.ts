import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Key of the transaction-level advisory lock: whichever replica holds it runs the pass, the others skip it. */
export const CLEANUP_LOCK_KEY = 7_301_913;

export interface CleanupCounts {
  sessions: number;
  passwordResetTokens: number;
  emailChangeTokens: number;
  invitations: number;
  offlineRequestNonces: number;
}

export interface RetentionDays {
  sessionGraceDays: number;
  invitationRetentionDays: number;
  offlineNonceRetentionDays: number;
}

/** The deletions of the cleanup pass, each answering how many rows went. */
@Injectable()
export class CleanupRepository {
  /** Takes the pass's advisory lock for the transaction; false when another replica holds it. */
  async tryLock(db: EntityManager): Promise<boolean> {
    const [row]: Array<{ locked: boolean }> = await db.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [CLEANUP_LOCK_KEY]);
    return row?.locked === true;
  }

  async deleteExpired(db: EntityManager, days: RetentionDays): Promise<CleanupCounts> {
    const deleted = async (sql: string, params: unknown[] = []) =>
      ((await db.query(`WITH d AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM d`, params)) as Array<{ n: number }>)[0]!.n;
    return {
      sessions: await deleted(
        `DELETE FROM sessions WHERE expires_at < now() - make_interval(days => $1) OR revoked_at < now() - make_interval(days => $1)`,
        [days.sessionGraceDays],
      ),
      passwordResetTokens: await deleted(`DELETE FROM password_reset_tokens WHERE used_at IS NOT NULL OR expires_at < now()`),
      emailChangeTokens: await deleted(`DELETE FROM email_change_tokens WHERE used_at IS NOT NULL OR expires_at < now()`),
      invitations: await deleted(
        `DELETE FROM invitations
          WHERE (status <> 'pending' AND updated_at < now() - make_interval(days => $1))
             OR (status = 'pending' AND expires_at < now() - make_interval(days => $1))`,
        [days.invitationRetentionDays],
      ),
      offlineRequestNonces: await deleted(`DELETE FROM offline_request_nonces WHERE used_at < now() - make_interval(days => $1)`, [days.offlineNonceRetentionDays]),
    };
  }
}
