import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { BusinessAccountEntity } from './business-account.entity.js';
import { UserEntity } from './user.entity.js';

/**
 * One MDM push certificate request signed for a business account: who asked, when, and what was
 * signed (the CSR's subject and public-key fingerprint, never the CSR itself). Owned by licensing.
 */
@Entity('mdm_push_certificate_requests')
@Index('idx_mdm_push_certificate_requests_account_created', ['accountId', 'createdAt'])
export class MdmPushCertificateRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => BusinessAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<BusinessAccountEntity>;

  /** The admin who uploaded the CSR. */
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  /** The CSR's subject as an RFC 4514 string, e.g. `CN=APSP:…, O=Acme Corp`. */
  @Column({ type: 'varchar', length: 2000 })
  csrSubject: string;

  /** Lowercase hex SHA-256 of the CSR's SubjectPublicKeyInfo (DER). */
  @Column({ type: 'char', length: 64 })
  publicKeyFingerprint: string;

  @Column({ type: 'integer' })
  publicKeyBits: number;

  /** `sha256WithRSAEncryption` or `sha1WithRSAEncryption`: how the vendor key signed. */
  @Column({ type: 'varchar', length: 32 })
  signatureAlgorithm: string;

  /** Serial number (hex) of the vendor certificate whose key signed. */
  @Column({ type: 'varchar', length: 64 })
  vendorCertificateSerial: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
