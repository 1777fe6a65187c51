import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { InstallationEntity } from './installation.entity.js';

/**
 * One usage report of an installation (weekly online, or carried by an offline refresh request).
 * Unique per installation and the proxy's report id: a retried report is stored once, and the
 * stored row is what the retry is answered with. Owned by activation.
 */
@Entity('usage_reports')
@Unique('uq_usage_reports_installation_report', ['installationId', 'reportId'])
@Index('idx_usage_reports_installation_reported', ['installationId', 'reportedAt'])
export class UsageReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  installationId: string;

  @ManyToOne(() => InstallationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'installation_id' })
  installation?: Relation<InstallationEntity>;

  /** The proxy's own id for the report (its idempotency key). */
  @Column({ type: 'varchar', length: 64 })
  reportId: string;

  @Column({ type: 'integer' })
  managedComputers: number;

  /** Peak of managed computers since the previous report. */
  @Column({ type: 'integer' })
  peakComputers: number;

  @Column({ type: 'varchar', length: 50 })
  appVersion: string;

  /** When the proxy says it measured. */
  @Column({ type: 'timestamptz' })
  reportedAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;

  /** The key's quota when the report arrived, and whether the report exceeded it. */
  @Column({ type: 'integer' })
  quota: number;

  @Column({ type: 'boolean' })
  overLimit: boolean;
}
