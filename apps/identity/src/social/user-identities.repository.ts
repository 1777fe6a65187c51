import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { UserIdentityEntity } from '#database';

export type NewUserIdentity = Pick<UserIdentityEntity, 'userId' | 'provider' | 'providerKey' | 'accountId' | 'subject' | 'email' | 'lastUsedAt'>;

export interface UserIdentityRow {
  id: string;
  provider: 'google' | 'facebook' | 'sso';
  account_id: string | null;
  company_name: string | null;
  email: string | null;
  created_at: Date;
  last_used_at: Date | null;
}

/** The provider identities (Google, Facebook, an account's single sign-on) people sign in with. */
@Injectable()
export class UserIdentitiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The identity a provider answered with, whoever it belongs to. */
  bySubject(providerKey: string, subject: string): Promise<UserIdentityEntity | null> {
    return this.dataSource.getRepository(UserIdentityEntity).findOneBy({ providerKey, subject });
  }

  async touch(identityId: string): Promise<void> {
    await this.dataSource.getRepository(UserIdentityEntity).update({ id: identityId }, { lastUsedAt: new Date() });
  }

  /** Fails on an identity linked elsewhere (a unique violation, for the caller to answer). */
  async insert(identity: NewUserIdentity, db: EntityManager): Promise<void> {
    await db.insert(UserIdentityEntity, identity);
  }

  hasProvider(userId: string, providerKey: string, db: EntityManager): Promise<boolean> {
    return db.existsBy(UserIdentityEntity, { userId, providerKey });
  }

  /** The user's identities with the company of an SSO one, oldest first. */
  listOfUser(userId: string): Promise<UserIdentityRow[]> {
    return this.dataSource.query(
      `SELECT i.id, i.provider, i.account_id, a.company_name, i.email, i.created_at, i.last_used_at
         FROM user_identities i LEFT JOIN business_accounts a ON a.id = i.account_id
        WHERE i.user_id = $1 ORDER BY i.created_at`,
      [userId],
    );
  }

  /** One of the user's identities (another user's is not found). */
  ofUser(userId: string, identityId: string, db: EntityManager): Promise<UserIdentityEntity | null> {
    return db.findOneBy(UserIdentityEntity, { id: identityId, userId });
  }

  countOfUser(userId: string, db: EntityManager): Promise<number> {
    return db.countBy(UserIdentityEntity, { userId });
  }

  async remove(identityId: string, db: EntityManager): Promise<void> {
    await db.delete(UserIdentityEntity, { id: identityId });
  }
}
