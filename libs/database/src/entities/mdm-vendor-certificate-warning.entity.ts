import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The "vendor certificate expires soon" warning, at most one per certificate: the primary key is
 * the certificate's fingerprint, so replicas and restarts that check at once warn once. Owned by licensing.
 */
@Entity('mdm_vendor_certificate_warnings')
export class MdmVendorCertificateWarningEntity {
  /** Lowercase hex SHA-256 of the vendor certificate (DER). */
  @PrimaryColumn({ type: 'char', length: 64 })
  certificateFingerprint: string;

  @Column({ type: 'varchar', length: 64 })
  serialNumber: string;

  @Column({ type: 'varchar', length: 2000 })
  subject: string;

  @Column({ type: 'timestamptz' })
  notAfter: Date;

  /** The outbox event that carried the warning. */
  @Column({ type: 'uuid' })
  eventId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  warnedAt: Date;
}
