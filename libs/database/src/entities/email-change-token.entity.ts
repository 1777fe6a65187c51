import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from './user.entity.js';

/**
 * A pending change of a user's email: the single-use link sent to the new address (only the token's
 * SHA-256 is stored). The email changes when the link is used. Owned by identity.
 */
@Entity('email_change_tokens')
@Index('idx_email_change_tokens_user', ['userId'])
@Index('uq_email_change_tokens_hash', ['tokenHash'], { unique: true })
export class EmailChangeTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  /** The address asked for, lower-cased. */
  @Column({ type: 'varchar', length: 320 })
  newEmail: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** Set when used, or when a newer request (or a cancel) of the same user made it void. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
