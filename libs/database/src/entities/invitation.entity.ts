import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { BusinessAccountEntity } from './business-account.entity.js';
import { UserEntity } from './user.entity.js';

export const INVITATION_STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/**
 * An invitation to join a business account, by email. Only the token's SHA-256 is stored. At most
 * one pending invitation per account and address. A pending one past `expiresAt` is expired (the
 * status is brought up to date lazily). Owned by identity.
 */
@Entity('invitations')
@Index('idx_invitations_account', ['accountId', 'createdAt'])
@Index('uq_invitations_token_hash', ['tokenHash'], { unique: true })
@Index('uq_invitations_pending_email', ['accountId', 'email'], { unique: true, where: `status = 'pending'` })
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => BusinessAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<BusinessAccountEntity>;

  /** Lower-cased. */
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: InvitationStatus;

  @Column({ type: 'uuid', nullable: true })
  invitedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_user_id' })
  invitedBy?: Relation<UserEntity>;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** When the current token was sent (creation or the last resend). */
  @Column({ type: 'timestamptz' })
  sentAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'accepted_by_user_id' })
  acceptedBy?: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
