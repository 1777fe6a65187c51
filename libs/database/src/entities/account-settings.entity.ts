import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { BusinessAccountEntity } from './business-account.entity.js';

/**
 * Licensing switches per business account, set by operators. Owned by licensing; activation reads
 * `offlineOperationsEnabled` to allow or refuse offline files. No row means all defaults (off).
 */
@Entity('account_settings')
export class AccountSettingsEntity {
  @PrimaryColumn('uuid')
  accountId: string;

  @OneToOne(() => BusinessAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<BusinessAccountEntity>;

  @Column({ type: 'boolean', default: false })
  offlineOperationsEnabled: boolean;

  /** The operator who last changed a switch. */
  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
