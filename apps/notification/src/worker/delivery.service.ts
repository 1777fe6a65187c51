import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EmailDeliveryEntity } from '#database';
import { MailTransport } from '../mail/mail.transport.js';
import { TemplateRenderer } from '../mail/template.renderer.js';
import type { PlannedEmail } from './planners/planner.types.js';

export type DeliveryOutcome = 'sent' | 'already-sent';

/**
 * The delivery log and the one way an email leaves: at most once per (event, template,
 * recipient), the unique key of `email_deliveries`.
 *
 * An event's emails are planned once and recorded as `queued` rows holding their template data;
 * each row is then sent inside a transaction that holds its row lock, and marked `sent` in that
 * same transaction. A job redelivered after that commit (crash between send and acknowledge)
 * finds `sent` and sends nothing. The window that remains is a crash after the SMTP server took
 * the message but before the commit: SMTP has no two-phase commit, so that one case may repeat.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly renderer: TemplateRenderer,
    private readonly transport: MailTransport,
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
      `SELECT id FROM email_deliveries WHERE event_id = $1 AND status <> 'sent' ORDER BY created_at, recipient`,
      [eventId],
    );
    return rows.map((r) => r.id);
  }

  /** Sends one delivery unless it is sent; a failure is recorded on the row and rethrown. */
  async send(deliveryId: string): Promise<DeliveryOutcome> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const row = await manager.findOne(EmailDeliveryEntity, { where: { id: deliveryId }, lock: { mode: 'pessimistic_write' } });
        if (!row) throw new Error(`delivery ${deliveryId} does not exist`);
        if (row.status === 'sent') return 'already-sent' as const;
        if (!row.data) throw new Error('the delivery has no template data to render');
        const rendered = this.renderer.render(row.template, row.data);
        const sent = await this.transport.send({ to: row.recipient, ...rendered });
        const now = new Date();
        await manager.update(EmailDeliveryEntity, row.id, {
          status: 'sent',
          subject: rendered.subject.slice(0, 300),
          attempts: row.attempts + 1,
          messageId: sent.messageId.slice(0, 300),
          sentAt: now,
          lastAttemptAt: now,
          lastError: null,
          // The data may hold a single-use token (reset, invitation): not kept once it is sent.
          data: null,
        });
        this.logger.log({ deliveryId: row.id, template: row.template, eventId: row.eventId }, 'Email sent');
        return 'sent' as const;
      });
    } catch (err) {
      await this.recordFailure(deliveryId, (err as Error).message);
      throw err;
    }
  }

  /** After the last attempt: every unsent delivery of the event is dead (visible, retryable by an operator). */
  async markDead(eventId: string, reason: string): Promise<void> {
    await this.dataSource.query(`UPDATE email_deliveries SET status = 'dead', last_error = $2, updated_at = now() WHERE event_id = $1 AND status <> 'sent'`, [
      eventId,
      reason.slice(0, 2000),
    ]);
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

  private async recordFailure(deliveryId: string, message: string): Promise<void> {
    await this.dataSource
      .query(
        `UPDATE email_deliveries
            SET status = 'failed', last_error = $2, attempts = attempts + 1, last_attempt_at = now(), updated_at = now()
          WHERE id = $1 AND status <> 'sent'`,
        [deliveryId, message.slice(0, 2000)],
      )
      .catch((err: Error) => this.logger.error(`Could not record a delivery failure: ${err.message}`));
  }
}
