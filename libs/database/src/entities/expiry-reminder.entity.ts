import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const EXPIRY_REMINDER_TARGETS = ['subscription', 'sublicense'] as const;
export type ExpiryReminderTarget = (typeof EXPIRY_REMINDER_TARGETS)[number];

/**
 * One expiry reminder claimed by the notification service's reminder job: the unique key
 * (target, threshold, expiry date) is what makes a re-run, a second replica or a restart send
 * nothing twice, while a renewal (a new expiry date) earns new reminders. Threshold 0 = expired.
 * Written in the same transaction as the outbox event that sends it. Owned by notification.
 */
@Entity('expiry_reminders')
@Unique('uq_expiry_reminders_target', ['targetKind', 'targetId', 'threshold', 'expiresOn'])
@Index('idx_expiry_reminders_account', ['accountId', 'createdAt'])
export class ExpiryReminderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  targetKind: ExpiryReminderTarget;

  /** The subscription id, or the sublicense's license key id. */
  @Column({ type: 'uuid' })
  targetId: string;

  /** Days before expiry: 30, 7, 1; 0 for "expired". */
  @Column({ type: 'integer' })
  threshold: number;

  /** The expiry date the reminder is about. */
  @Column({ type: 'date' })
  expiresOn: string;

  @Column({ type: 'uuid' })
  accountId: string;

  /** The outbox event (and BullMQ job, and email_deliveries.event_id) that sends it. */
  @Column({ type: 'uuid' })
  eventId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
