import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { SubscriptionEntity } from './subscription.entity.js';

export const LICENSE_KEY_KINDS = ['primary', 'reserved'] as const;
export type LicenseKeyKind = (typeof LICENSE_KEY_KINDS)[number];

/**
 * A license key: the subscription's primary key or a sublicense (`reserved`) carved out of it.
 * The key itself is a secret: looked up by `keyHash` (HMAC-SHA256), shown only from `keyCiphertext`
 * (AES-256-GCM) to admins and operators, and masked everywhere else with `keyLast`.
 * Owned by licensing.
 */
@Entity('license_keys')
@Index('idx_license_keys_subscription', ['subscriptionId'])
@Index('uq_license_keys_primary', ['subscriptionId'], { unique: true, where: `kind = 'primary'` })
export class LicenseKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  subscriptionId: string;

  @ManyToOne(() => SubscriptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: Relation<SubscriptionEntity>;

  @Column({ type: 'varchar', length: 16 })
  kind: LicenseKeyKind;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /**
   * Licenses on this key. For the primary key it is kept equal to subscription quantity minus the
   * sublicenses' quotas, in the same transaction as any change to either.
   */
  @Column({ type: 'integer' })
  quota: number;

  /** Sublicenses only: follow the subscription's end date (and renewals). */
  @Column({ type: 'boolean', default: true })
  renewsWithSubscription: boolean;

  /** Sublicenses with their own expiry; null means the subscription's end date. */
  @Column({ type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ type: 'varchar', length: 64, unique: true })
  keyHash: string;

  @Column({ type: 'text' })
  keyCiphertext: string;

  /** Last group of the key, for masked display (`•••••-•••••-•••••-•••••-K7Q2M`). */
  @Column({ type: 'varchar', length: 8 })
  keyLast: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
