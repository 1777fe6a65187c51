import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { utcToday } from '#common';
import type { ExpiryReminderTarget } from '#database';
import { appendEvent } from '#messaging';
import { EFFECTIVE_SUBLICENSE_EXPIRY } from '../worker/planners/licensing.planners.js';
import { dueThreshold, EXPIRED_REMINDER_WINDOW_DAYS, REMINDER_THRESHOLDS } from './thresholds.js';

interface Candidate {
  kind: ExpiryReminderTarget;
  targetId: string;
  accountId: string;
  subscriptionId: string;
  expiresOn: string;
}

export interface ScanResult {
  /** Reminders this run claimed (and wrote the events of). */
  claimed: number;
  /** Due reminders another run had claimed already. */
  alreadyClaimed: number;
}

const WINDOW_AHEAD_DAYS = Math.max(...REMINDER_THRESHOLDS);

/**
 * Finds registered, active subscriptions and their sublicenses whose expiry crossed a reminder
 * threshold, and claims each reminder once: the insert into `expiry_reminders` (unique on target,
 * threshold and expiry date, ON CONFLICT DO NOTHING) and the outbox event that sends the email
 * commit together. Two runs at once (replicas, a manual run beside the scheduled one) race on that
 * unique key: the second waits for the first's transaction and then claims nothing.
 */
@Injectable()
export class ReminderScanner {
  private readonly logger = new Logger(ReminderScanner.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async run(now: Date = new Date()): Promise<ScanResult> {
    const today = utcToday(now);
    const result: ScanResult = { claimed: 0, alreadyClaimed: 0 };
    for (const candidate of await this.candidates(today)) {
      const threshold = dueThreshold(candidate.expiresOn, today);
      if (threshold === null) continue;
      if (await this.claim(candidate, threshold)) result.claimed += 1;
      else result.alreadyClaimed += 1;
    }
    if (result.claimed > 0) this.logger.log({ ...result, today }, 'Expiry reminders claimed');
    return result;
  }

  private async candidates(today: string): Promise<Candidate[]> {
    const params = [today, EXPIRED_REMINDER_WINDOW_DAYS, WINDOW_AHEAD_DAYS];
    const subscriptions: Array<{ id: string; account_id: string; expires_on: string }> = await this.db.query(
      `SELECT s.id, s.account_id, s.ends_on::text AS expires_on
         FROM subscriptions s
        WHERE s.account_id IS NOT NULL AND s.status = 'active'
          AND s.ends_on BETWEEN $1::date - $2::int AND $1::date + $3::int
        ORDER BY s.ends_on, s.id`,
      params,
    );
    const sublicenses: Array<{ id: string; subscription_id: string; account_id: string; expires_on: string }> = await this.db.query(
      `SELECT k.id, k.subscription_id, s.account_id, ${EFFECTIVE_SUBLICENSE_EXPIRY}::text AS expires_on
         FROM license_keys k
         JOIN subscriptions s ON s.id = k.subscription_id
        WHERE k.kind = 'reserved' AND s.account_id IS NOT NULL AND s.status = 'active'
          AND ${EFFECTIVE_SUBLICENSE_EXPIRY} BETWEEN $1::date - $2::int AND $1::date + $3::int
        ORDER BY 4, k.id`,
      params,
    );
    return [
      ...subscriptions.map((r) => ({ kind: 'subscription' as const, targetId: r.id, accountId: r.account_id, subscriptionId: r.id, expiresOn: r.expires_on })),
      ...sublicenses.map((r) => ({
        kind: 'sublicense' as const,
        targetId: r.id,
        accountId: r.account_id,
        subscriptionId: r.subscription_id,
        expiresOn: r.expires_on,
      })),
    ];
  }

  /** True when this run claimed the reminder; false when it was claimed before. */
  private async claim(candidate: Candidate, threshold: number): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const reminderId = randomUUID();
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO expiry_reminders (id, target_kind, target_id, threshold, expires_on, account_id, event_id)
         VALUES ($1, $2, $3, $4, $5, $6, $1)
         ON CONFLICT ON CONSTRAINT uq_expiry_reminders_target DO NOTHING
         RETURNING id`,
        [reminderId, candidate.kind, candidate.targetId, threshold, candidate.expiresOn, candidate.accountId],
      );
      if (inserted.length === 0) return false;
      const common = { reminderId, accountId: candidate.accountId, subscriptionId: candidate.subscriptionId, threshold, expiresOn: candidate.expiresOn };
      const eventId =
        candidate.kind === 'subscription'
          ? await appendEvent(manager, { type: 'subscription.expiry-reminder', payload: common })
          : await appendEvent(manager, { type: 'sublicense.expiry-reminder', payload: { ...common, licenseKeyId: candidate.targetId } });
      await manager.query(`UPDATE expiry_reminders SET event_id = $2 WHERE id = $1`, [reminderId, eventId]);
      return true;
    });
  }
}
