import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A person (the guide's "personal account"). Owned by the identity service. */
@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased: emails are unique regardless of letter case. */
  @Column({ type: 'varchar', length: 320, unique: true })
  email: string;

  @Column({ type: 'varchar', length: 100 })
  firstName: string;

  @Column({ type: 'varchar', length: 100 })
  lastName: string;

  /** Null for a person who signs in only through a provider (Google, Facebook, single sign-on). */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'timestamptz' })
  termsAcceptedAt: Date;

  /** `user` for customers; `operator` for the vendor's sales and support staff (created by a CLI). */
  @Column({ type: 'varchar', length: 16, default: 'user' })
  role: 'user' | 'operator';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
