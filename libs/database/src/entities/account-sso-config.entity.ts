import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { BusinessAccountEntity } from './business-account.entity.js';

/**
 * A business account's own OpenID Connect provider (single sign-on). The client secret is stored
 * encrypted (AES-256-GCM under identity's key) and never answered. Owned by identity.
 */
@Entity('account_sso_configs')
export class AccountSsoConfigEntity {
  @PrimaryColumn({ type: 'uuid' })
  accountId: string;

  @OneToOne(() => BusinessAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<BusinessAccountEntity>;

  @Column({ type: 'varchar', length: 500 })
  issuer: string;

  @Column({ type: 'varchar', length: 255 })
  clientId: string;

  /** base64url(iv | ciphertext | tag). */
  @Column({ type: 'text' })
  clientSecretEncrypted: string;

  /** Lower-case domains whose addresses may sign in through this provider. */
  @Column({ type: 'text', array: true })
  allowedDomains: string[];

  /** Members must sign in through this provider to act on the account. */
  @Column({ type: 'boolean', default: false })
  required: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
