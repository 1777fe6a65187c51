import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

export const EMAIL_DELIVERY_STATUSES = ['queued', 'sent', 'failed', 'dead'] as const;
export type EmailDeliveryStatus = (typeof EMAIL_DELIVERY_STATUSES)[number];

/**
 * One email for one event and recipient. The unique key makes a redelivered job find the row
 * it already sent and stop. Owned by the notification service.
 */
@Entity('email_deliveries')
@Unique('uq_email_deliveries_event_template_recipient', ['eventId', 'template', 'recipient'])
@Index('idx_email_deliveries_status_created', ['status', 'createdAt'])
@Index('idx_email_deliveries_recipient_created', ['recipient', 'createdAt'])
@Index('idx_email_deliveries_created', ['createdAt'])
export class EmailDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'varchar', length: 64 })
  template: string;

  @Column({ type: 'varchar', length: 320 })
  recipient: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  subject: string | null;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status: EmailDeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  messageId: string | null;

  /**
   * The template data, kept while the email is unsent so that a retry (automatic or by an
   * operator) renders the same email; cleared once sent, since it may hold a single-use token.
   */
  @Column({ type: 'jsonb', nullable: true })
  data: Record<string, unknown> | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /**
   * When the current attempt's SMTP conversation began; committed before it starts, cleared with
   * the attempt's outcome. Set on an unsent row: an attempt died without a known outcome.
   */
  @Column({ type: 'timestamptz', nullable: true })
  sendStartedAt: Date | null;

  /** The BullMQ job id of an operator's latest retry, so that a job Redis lost is enqueued again under it. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  retryJobId: string | null;
}
