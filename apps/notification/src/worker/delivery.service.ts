import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EmailDeliveryEntity } from '#database';
import { MailTransport } from '../mail/mail.transport.js';
import { TemplateRenderer } from '../mail/template.renderer.js';
import type { PlannedEmail } from './email-planner.js';

export type DeliveryOutcome = 'sent' | 'already-sent';

/**
 * Sends one planned email at most once. The delivery row (unique per event, template and
 * recipient) is locked while sending; a row already `sent` ends the attempt without sending,
 * which is what makes a redelivered job harmless.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly renderer: TemplateRenderer,
    private readonly transport: MailTransport,
  ) {}

  async deliver(eventId: string, email: PlannedEmail): Promise<DeliveryOutcome> {
    const rendered = this.renderer.render(email.template, email.data);
    const key = { eventId, template: email.template, recipient: email.recipient };
    try {
      return await this.dataSource.transaction(async (manager) => {
        await manager
          .createQueryBuilder()
          .insert()
          .into(EmailDeliveryEntity)
          .values({ ...key, subject: rendered.subject, status: 'queued' })
          .orIgnore()
          .execute();
        const row = await manager.findOne(EmailDeliveryEntity, { where: key, lock: { mode: 'pessimistic_write' } });
        if (!row) throw new Error('delivery row vanished');
        if (row.status === 'sent') return 'already-sent' as const;
        const sent = await this.transport.send({ to: email.recipient, ...rendered });
        await manager.update(EmailDeliveryEntity, row.id, {
          status: 'sent',
          attempts: row.attempts + 1,
          messageId: sent.messageId,
          sentAt: new Date(),
          lastError: null,
        });
        this.logger.log({ deliveryId: row.id, template: email.template, eventId }, 'Email sent');
        return 'sent' as const;
      });
    } catch (err) {
      await this.recordFailure(key, (err as Error).message);
      throw err;
    }
  }

  /** After the last attempt: every unsent delivery of the event is dead (visible, retryable by an operator). */
  async markDead(eventId: string, reason: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(EmailDeliveryEntity)
      .set({ status: 'dead', lastError: reason.slice(0, 2000) })
      .where('event_id = :eventId AND status <> :sent', { eventId, sent: 'sent' })
      .execute();
  }

  private async recordFailure(key: { eventId: string; template: string; recipient: string }, message: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(EmailDeliveryEntity)
      .set({ status: 'failed', lastError: message.slice(0, 2000), attempts: () => 'attempts + 1' })
      .where('event_id = :eventId AND template = :template AND recipient = :recipient AND status <> :sent', {
        ...key,
        sent: 'sent',
      })
      .execute()
      .catch((err: Error) => this.logger.error(`Could not record a delivery failure: ${err.message}`));
  }
}
