import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An event written in the same transaction as the change it describes; the relay publishes it
 * to BullMQ (job id = event id) and stamps `publishedAt`; the consumer stamps `consumedAt` when it
 * has finished the event, so that one published but lost by Redis can be enqueued again.
 * Written by every service that emits events.
 */
@Entity('outbox_events')
@Index('idx_outbox_events_unpublished', ['createdAt'], { where: 'published_at IS NULL' })
@Index('idx_outbox_events_unconsumed', ['publishedAt'], { where: 'published_at IS NOT NULL AND consumed_at IS NULL' })
export class OutboxEventEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  type: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  publishAttempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** When the consumer of its queue (notification) finished it: sent, or given up on. */
  @Column({ type: 'timestamptz', nullable: true })
  consumedAt: Date | null;
}
