import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Nonces of the offline request files already accepted: a file submitted twice is refused (the
 * primary key makes two concurrent submissions of one file produce one winner). Owned by activation.
 */
@Entity('offline_request_nonces')
@Index('idx_offline_request_nonces_used', ['usedAt'])
export class OfflineRequestNonceEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  nonce: string;

  /** `activation-request`, `refresh-request` or `deactivation-request`. */
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ type: 'uuid' })
  accountId: string;

  @Column({ type: 'uuid', nullable: true })
  installationId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  usedAt: Date;
}
