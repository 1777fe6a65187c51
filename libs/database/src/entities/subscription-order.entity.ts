import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { SubscriptionEntity } from './subscription.entity.js';

export const ORDER_KINDS = ['purchase', 'trial', 'upgrade', 'renewal', 'suspension', 'reactivation', 'cancellation'] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

/** The order history: one row per change an operator made, append-only. Owned by licensing. */
@Entity('subscription_orders')
@Index('idx_subscription_orders_subscription', ['subscriptionId', 'createdAt'])
export class SubscriptionOrderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  subscriptionId: string;

  @ManyToOne(() => SubscriptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: Relation<SubscriptionEntity>;

  @Column({ type: 'varchar', length: 16 })
  kind: OrderKind;

  /** Licenses added (upgrade, purchase) or 0. */
  @Column({ type: 'integer', default: 0 })
  quantityChange: number;

  @Column({ type: 'date', nullable: true })
  endsOnBefore: string | null;

  @Column({ type: 'date', nullable: true })
  endsOnAfter: string | null;

  /** The sales order / invoice reference. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  reference: string | null;

  /** The operator (user id) who made the change. */
  @Column({ type: 'uuid', nullable: true })
  performedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
