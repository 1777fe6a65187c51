import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { BusinessAccountEntity } from './business-account.entity.js';
import { LicenseKeyEntity } from './license-key.entity.js';
import type { SubscriptionStatus } from './subscription.entity.js';
import type { DeactivationReason } from '../installations/deactivate-installations.js';

export const INSTALLATION_STATUSES = ['active', 'deactivated'] as const;
export type InstallationStatus = (typeof INSTALLATION_STATUSES)[number];

/**
 * One on-premises proxy server. At most one active installation per key: a partial unique index
 * makes concurrent activations of one key produce exactly one winner. Owned by activation
 * (licensing deactivates the installation of a sublicense it deletes, in the same transaction).
 */
@Entity('installations')
@Index('uq_installations_active_key', ['licenseKeyId'], { unique: true, where: `status = 'active'` })
@Index('idx_installations_account_activated', ['accountId', 'activatedAt'])
// The proxy-server views: one index per sortable column, so pages stay index-served at 100k rows.
@Index('idx_installations_account_server_name', ['accountId', 'serverName', 'id'])
@Index('idx_installations_account_site_code', ['accountId', 'siteCode', 'id'])
@Index('idx_installations_account_last_report', ['accountId', 'lastReportAt', 'id'])
@Index('idx_installations_account_managed', ['accountId', 'managedComputers', 'id'])
@Index('idx_installations_license_key', ['licenseKeyId'])
// The filters by license state and the summary, over the copies of the key's facts below (partial
// indexes, one with INCLUDE, created by migration InstallationLicenseFacts).
@Index('idx_installations_account_license_state', { synchronize: false })
@Index('idx_installations_account_over_limit', { synchronize: false })
@Index('idx_installations_account_deactivated', { synchronize: false })
// Trigram index over the searchable text (expression index, created by its migration).
@Index('idx_installations_search_trgm', { synchronize: false })
export class InstallationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => BusinessAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<BusinessAccountEntity>;

  /** Null once the sublicense it used was deleted. */
  @Column({ type: 'uuid', nullable: true })
  licenseKeyId: string | null;

  @ManyToOne(() => LicenseKeyEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'license_key_id' })
  licenseKey?: Relation<LicenseKeyEntity>;

  /**
   * Copies of the key's facts for the portal's filters and summary: the key's last valid day
   * (`keyEndsOn` of license-state), its subscription's stored status and the key's quota; null without
   * a key. Written only by the triggers of migration InstallationLicenseFacts (on installations,
   * license_keys and subscriptions), never by a service.
   */
  @Column({ type: 'date', nullable: true, insert: false, update: false })
  keyEndsOn: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true, insert: false, update: false })
  subscriptionStatus: SubscriptionStatus | null;

  @Column({ type: 'integer', nullable: true, insert: false, update: false })
  keyQuota: number | null;

  @Column({ type: 'varchar', length: 255 })
  serverName: string;

  @Column({ type: 'varchar', length: 16 })
  siteCode: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  siteDescription: string | null;

  @Column({ type: 'varchar', length: 50 })
  appVersion: string;

  @Column({ type: 'boolean', default: false })
  activatedOffline: boolean;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: InstallationStatus;

  /** The proxy's Ed25519 public key (SPKI PEM): verifies the files it signs. */
  @Column({ type: 'text' })
  proxyPublicKey: string;

  /** SHA-256 of the credential secret given at activation; null for offline installations. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  credentialHash: string | null;

  /** Set when the proxy deactivated itself (online or by file): its credential no longer works. */
  @Column({ type: 'timestamptz', nullable: true })
  credentialRevokedAt: Date | null;

  @Column({ type: 'timestamptz' })
  activatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  deactivationReason: DeactivationReason | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastReportAt: Date | null;

  /** Managed computers in the last report: the key's "used". */
  @Column({ type: 'integer', default: 0 })
  managedComputers: number;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
