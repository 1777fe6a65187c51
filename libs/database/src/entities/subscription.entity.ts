import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { BusinessAccountEntity } from './business-account.entity.js';
import { ProductEntity } from './product.entity.js';

/** Stored status; `expired` is derived from `endsOn` and never stored. */
export const SUBSCRIPTION_STATUSES = ['active', 'suspended', 'cancelled'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/** A prepaid subscription: a quantity of licenses for a period. Owned by licensing. */
@Entity('subscriptions')
@Index('idx_subscriptions_account_ends', ['accountId', 'endsOn'])
export class SubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null until the primary key is registered in the portal. */
  @Column({ type: 'uuid', nullable: true })
  accountId: string | null;

  @ManyToOne(() => BusinessAccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<BusinessAccountEntity>;

  @Column({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: Relation<ProductEntity>;

  /** Display name, editable by the customer. */
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Number of licenses (managed computers). */
  @Column({ type: 'integer' })
  quantity: number;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'boolean', default: false })
  renewalEnabled: boolean;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: SubscriptionStatus;

  @Column({ type: 'boolean', default: false })
  isTrial: boolean;

  @Column({ type: 'varchar', length: 100, nullable: true })
  contractNumber: string | null;

  /** `direct` or `reseller`. */
  @Column({ type: 'varchar', length: 16, default: 'direct' })
  salesChannel: 'direct' | 'reseller';

  @Column({ type: 'varchar', length: 200, nullable: true })
  resellerName: string | null;

  @Column({ type: 'text', nullable: true })
  contractTerms: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  registeredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
