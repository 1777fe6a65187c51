import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from './user.entity.js';

/**
 * A signed-in session: one refresh-token family. Its id is the `sid` claim of the access tokens it
 * issues. Only the SHA-256 of the current refresh token is kept; each refresh rotates it and moves
 * the old hash to `retired_refresh_tokens`, so a replayed old token is recognised. Owned by identity.
 */
@Entity('sessions')
@Index('idx_sessions_user', ['userId'])
@Index('uq_sessions_refresh_token_hash', ['refreshTokenHash'], { unique: true })
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  /** Hex SHA-256 of the current refresh token. */
  @Column({ type: 'varchar', length: 64 })
  refreshTokenHash: string;

  /** "Keep me signed in": a long, sliding lifetime instead of a few hours. */
  @Column({ type: 'boolean', default: false })
  keepSignedIn: boolean;

  @Column({ type: 'varchar', length: 512, nullable: true })
  userAgent: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  lastUsedAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** The business account whose single sign-on started this session (SSO-required accounts accept only these). */
  @Column({ type: 'uuid', nullable: true })
  ssoAccountId: string | null;

  /** sign-out, revoked, password-changed, password-reset, refresh-token-reuse. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  revokedReason: string | null;
}
