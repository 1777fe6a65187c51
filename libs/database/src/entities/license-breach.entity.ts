import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { InstallationEntity } from './installation.entity.js';

/**
 * A period during which an installation reported more managed computers than its key's quota.
 * At most one open breach per installation (partial unique index): the admins are emailed when one
 * opens, not on every report. Owned by activation.
 */
@Entity('license_breaches')
@Index('uq_license_breaches_open', ['installationId'], { unique: true, where: 'resolved_at IS NULL' })
@Index('idx_license_breaches_installation_started', ['installationId', 'startedAt'])
export class LicenseBreachEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  installationId: string;

  @ManyToOne(() => InstallationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'installation_id' })
  installation?: Relation<InstallationEntity>;

  /** The key in use when the breach opened (kept as a fact; not a foreign key, keys may be deleted). */
  @Column({ type: 'uuid', nullable: true })
  licenseKeyId: string | null;

  @Column({ type: 'uuid' })
  accountId: string;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  /** Quota and managed computers of the report that opened the breach. */
  @Column({ type: 'integer' })
  quota: number;

  @Column({ type: 'integer' })
  managedComputers: number;
}
