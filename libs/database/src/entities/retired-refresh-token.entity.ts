import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Column, type Relation } from 'typeorm';
import { SessionEntity } from './session.entity.js';

/** A refresh token already rotated away. Presenting one again means it leaked: the session is revoked. */
@Entity('retired_refresh_tokens')
@Index('idx_retired_refresh_tokens_session', ['sessionId'])
export class RetiredRefreshTokenEntity {
  /** Hex SHA-256 of the retired token. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<SessionEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  retiredAt: Date;
}
