import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { BusinessAccountEntity } from './business-account.entity.js';
import { UserEntity } from './user.entity.js';

export const IDENTITY_PROVIDERS = ['google', 'facebook', 'sso'] as const;
export type IdentityProvider = (typeof IDENTITY_PROVIDERS)[number];

/**
 * A way to sign in through another party: a provider's subject linked to a user. `providerKey` names
 * the issuer the subject is unique at (`google`, `facebook`, `sso:<accountId>`). Owned by identity.
 */
@Entity('user_identities')
@Index('uq_user_identities_subject', ['providerKey', 'subject'], { unique: true })
@Index('uq_user_identities_user_provider', ['userId', 'providerKey'], { unique: true })
export class UserIdentityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 16 })
  provider: IdentityProvider;

  @Column({ type: 'varchar', length: 64 })
  providerKey: string;

  /** The business account whose single sign-on this is (provider `sso`). */
  @Column({ type: 'uuid', nullable: true })
  accountId: string | null;

  @ManyToOne(() => BusinessAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<BusinessAccountEntity>;

  /** The provider's stable id of the person (`sub`, or Facebook's app-scoped user id). */
  @Column({ type: 'varchar', length: 255 })
  subject: string;

  /** The verified email the provider gave when linked (for display). */
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}
