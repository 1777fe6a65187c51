import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EmailDeliveryEntity } from '#database';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config.js';
import { MailTransport } from '../mail/mail.transport.js';
import { TemplateRenderer } from '../mail/template.renderer.js';
import type { PlannedEmail } from './planners/planner.types.js';

export type DeliveryOutcome = 'sent' | 'already-sent' | 'refused';

/** The Message-ID of a delivery's email: the same on every attempt, so a duplicate is recognisable. */
export function messageIdFor(deliveryId: string, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'licensing.localhost';
  return `<delivery-${deliveryId}@${domain}>`;
}

/** An SMTP answer in the 5xx range: the server will never take this message; retrying cannot help. */
function permanentRefusal(err: unknown): string | undefined {
  const e = err as { responseCode?: unknown; response?: unknown; message?: unknown };
  if (typeof e?.responseCode !== 'number' || e.responseCode < 500 || e.responseCode > 599) return undefined;
  const answer = typeof e.response === 'string' && e.response ? e.response : String(e.message ?? '');
  return `SMTP permanent refusal ${e.responseCode}: ${answer}`;
}

/** Longest wait between two tries of recording `sent` after the SMTP server took the message. */
const RECORD_SENT_MAX_DELAY_MS = 1_000;

/**
 * The delivery log and the one way an email leaves: at most once per (event, template,
 * recipient), the unique key of `email_deliveries`.
 *
 * An event's emails are planned once and recorded as `queued` rows holding their template data.
 * Each attempt first commits `send_started_at` (the SMTP conversation is about to begin), then
 * sends inside a transaction that holds the row's lock and checks `sent` under it, and marks it
 * `sent` (clearing `send_started_at`) in that same transaction right after the server's answer.
 * A job redelivered after that commit (crash between send and acknowledge) finds `sent` and
 * sends nothing; two workers on one delivery are serialised by the lock. When the commit fails
 * after the SMTP server accepted the message (Postgres restarting), `sent` is recorded again
 * outside the transaction, with retries, and the failure is never treated as a failed send. A
 * permanent refusal (SMTP 5xx) ends the delivery as `dead` at once, keeping the server's answer.
 *
 * The window that remains is a process killed after the message's data reached the SMTP server
 * but before `sent` was committed: SMTP has no two-phase commit, so that email is sent again by
 * the next attempt, with the same `Message-ID`. Such a row is recognisable: it is unsent with
 * `send_started_at` set, and the next attempt logs it as a possible duplicate. At most one email
 * per job in progress (NOTIFICATION_CONCURRENCY) can be in that window when a process dies.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly renderer: TemplateRenderer,
    private readonly transport: MailTransport,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
  ) {}

  /** Whether the event's emails were planned already (recipients are resolved once, at the first attempt). */
  async isPlanned(eventId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM email_deliveries WHERE event_id = $1 LIMIT 1`, [eventId]);
    return rows.length > 0;
  }

  /** Records the plan in one statement: every email of the event, or none. */
  async recordPlan(eventId: string, emails: PlannedEmail[]): Promise<void> {
    if (emails.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO email_deliveries (event_id, template, recipient, subject, status, data)
       SELECT $1, t.template, t.recipient, t.subject, 'queued', t.data
         FROM unnest($2::varchar[], $3::varchar[], $4::varchar[], $5::jsonb[]) AS t(template, recipient, subject, data)
       ON CONFLICT ON CONSTRAINT uq_email_deliveries_event_template_recipient DO NOTHING`,
      [
        eventId,
        emails.map((e) => e.template),
        emails.map((e) => e.recipient),
        emails.map((e) => this.subjectOf(e)),
        emails.map((e) => JSON.stringify(e.data)),
      ],
    );
  }

  /** The event's deliveries not yet sent, oldest first. */
  async unsent(eventId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM email_deliveries WHERE event_id = $1 AND status NOT IN ('sent', 'dead') ORDER BY created_at, recipient`,
      [eventId],
    );
    return rows.map((r) => r.id);
  }

  /** Sends one delivery unless it is sent; a failure is recorded on the row and rethrown. */
  async send(deliveryId: string): Promise<DeliveryOutcome> {
    // Set once the SMTP server has accepted the message: from then on it is sent, whatever fails.
    let accepted: { messageId: string; subject: string } | undefined;
    // Committed before the SMTP conversation begins; the previous value, when set, is an attempt
    // that ended without a recorded outcome (its process died): this one may be a duplicate.
    const interruptedAt = await this.markSendStarted(deliveryId);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const row = await manager.findOne(EmailDeliveryEntity, { where: { id: deliveryId }, lock: { mode: 'pessimistic_write' } });
        if (!row) throw new Error(`delivery ${deliveryId} does not exist`);
        if (row.status === 'sent') return 'already-sent' as const;
        if (!row.data) throw new Error('the delivery has no template data to render');
        const rendered = this.renderer.render(row.template, row.data);
        const messageId = messageIdFor(row.id, this.config.mail.from);
        if (interruptedAt) {
          this.logger.warn(
            { deliveryId: row.id, messageId, interruptedAt: interruptedAt.toISOString() },
            'An earlier attempt ended without a recorded outcome; sending again with the same Message-ID (possible duplicate)',
          );
        }
        const sent = await this.transport.send({ to: row.recipient, messageId, ...rendered });
        accepted = { messageId: (sent.messageId || messageId).slice(0, 300), subject: rendered.subject.slice(0, 300) };
        const now = new Date();
        await manager.update(EmailDeliveryEntity, row.id, {
          status: 'sent',
          subject: accepted.subject,
          attempts: row.attempts + 1,
          messageId: accepted.messageId,
          sentAt: now,
          lastAttemptAt: now,
          lastError: null,
          sendStartedAt: null,
          // The data may hold a single-use token (reset, invitation): not kept once it is sent.
          data: null,
        });
        this.logger.log({ deliveryId: row.id, template: row.template, eventId: row.eventId }, 'Email sent');
        return 'sent' as const;
      });
    } catch (err) {
      if (accepted) {
        await this.recordSent(deliveryId, accepted);
        return 'sent';
      }
      const refusal = permanentRefusal(err);
      if (refusal) {
        await this.recordFailure(deliveryId, refusal, 'dead');
        this.logger.warn({ deliveryId }, refusal);
        return 'refused';
      }
      await this.recordFailure(deliveryId, (err as Error).message, 'failed');
      throw err;
    }
  }

  /**
   * Commits `send_started_at = now()` on an unsent delivery and returns its previous value (set:
   * the last attempt never recorded an outcome). Waits while another attempt holds the row.
   */
  private async markSendStarted(deliveryId: string): Promise<Date | undefined> {
    const result: unknown = await this.dataSource.query(
      `UPDATE email_deliveries d SET send_started_at = now()
         FROM (SELECT id, send_started_at FROM email_deliveries WHERE id = $1) previous
        WHERE d.id = previous.id AND d.status <> 'sent'
        RETURNING previous.send_started_at AS interrupted_at`,
      [deliveryId],
    );
    // TypeORM answers an UPDATE with [rows, rowCount].
    const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : []) as Array<{ interrupted_at: Date | null }>;
    return rows[0]?.interrupted_at ?? undefined;
  }

  /**
   * Records `sent` after the SMTP server took the message but the transaction that should have
   * recorded it failed; retried until it is recorded (at least once a second), never by sending
   * again. Meanwhile the job stays in progress (its lock is Redis's, renewed as usual), so no other
   * attempt takes the delivery; only the process ending (killed, or stopped past SHUTDOWN_GRACE_MS)
   * leaves it unrecorded, the window SMTP makes unavoidable.
   */
  private async recordSent(deliveryId: string, accepted: { messageId: string; subject: string }): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.dataSource.query(
          `UPDATE email_deliveries
              SET status = 'sent', subject = $2, message_id = $3, attempts = attempts + 1, sent_at = now(),
                  last_attempt_at = now(), last_error = NULL, data = NULL, send_started_at = NULL, updated_at = now()
            WHERE id = $1`,
          [deliveryId, accepted.subject, accepted.messageId],
        );
        this.logger.warn({ deliveryId, attempt }, 'Email sent; recorded after the first attempt to record it failed');
        return;
      } catch (err) {
        // Said once, then every minute or so while it lasts.
        if (attempt === 1 || attempt % 60 === 0) this.logger.error({ deliveryId, attempt }, `Email sent but not yet recorded as sent (trying again): ${(err as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** (attempt - 1), RECORD_SENT_MAX_DELAY_MS)));
      }
    }
  }

  /** After the last attempt: every unsent delivery of the event is dead (visible, retryable by an operator). */
  async markDead(eventId: string, reason: string): Promise<void> {
    await this.dataSource.query(`UPDATE email_deliveries SET status = 'dead', last_error = $2, updated_at = now() WHERE event_id = $1 AND status <> 'sent'`, [
      eventId,
      reason.slice(0, 2000),
    ]);
  }

  /**
   * The event is finished here (every email sent, or given up on): recorded on its outbox row, so
   * that the reconciliation does not enqueue it again. Idempotent.
   */
  async markConsumed(eventId: string): Promise<void> {
    await this.dataSource.query(`UPDATE outbox_events SET consumed_at = now() WHERE id = $1 AND consumed_at IS NULL`, [eventId]);
  }

  /** After the last attempt of an operator's retry. */
  async markDeliveryDead(deliveryId: string, reason: string): Promise<void> {
    await this.dataSource.query(`UPDATE email_deliveries SET status = 'dead', last_error = $2, updated_at = now() WHERE id = $1 AND status <> 'sent'`, [
      deliveryId,
      reason.slice(0, 2000),
    ]);
  }

  /** The subject for the log; a template that does not render is recorded and fails at send time, visibly. */
  private subjectOf(email: PlannedEmail): string | null {
    try {
      return this.renderer.render(email.template, email.data).subject.slice(0, 300);
    } catch {
      return null;
    }
  }

  /** An attempt that sent nothing: `failed` is retried, `dead` (a permanent refusal) is not. */
  private async recordFailure(deliveryId: string, message: string, status: 'failed' | 'dead'): Promise<void> {
    await this.dataSource
      .query(
        `UPDATE email_deliveries
            SET status = $3, last_error = $2, attempts = attempts + 1, last_attempt_at = now(), send_started_at = NULL,
                updated_at = now()
          WHERE id = $1 AND status <> 'sent'`,
        [deliveryId, message.slice(0, 2000), status],
      )
      .catch((err: Error) => this.logger.error(`Could not record a delivery ${status === 'dead' ? 'refusal' : 'failure'}: ${err.message}`));
  }
}
