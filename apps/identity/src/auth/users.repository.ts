import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { UserEntity } from '#database';

export type NewUser = Pick<UserEntity, 'email' | 'firstName' | 'lastName' | 'passwordHash'>;

/** People (customers and operators). Emails are stored lower-case and unique. */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  byId(userId: string, db: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return db.findOneBy(UserEntity, { id: userId });
  }

  /** A user known to exist (the owner of a session, say). */
  get(userId: string, db: EntityManager = this.dataSource.manager): Promise<UserEntity> {
    return db.findOneByOrFail(UserEntity, { id: userId });
  }

  byEmail(email: string, db: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return db.findOneBy(UserEntity, { email });
  }

  emailTaken(email: string, db: EntityManager = this.dataSource.manager): Promise<boolean> {
    return db.existsBy(UserEntity, { email });
  }

  /** The user, locked FOR UPDATE until the transaction ends. */
  lock(userId: string, db: EntityManager): Promise<UserEntity | null> {
    return db.getRepository(UserEntity).createQueryBuilder('u').setLock('pessimistic_write').where('u.id = :id', { id: userId }).getOne();
  }

  /** A person who accepted the terms of use now. Fails on a taken email (a unique violation, for the caller to answer). */
  insert(user: NewUser, db: EntityManager): Promise<UserEntity> {
    return db.save(db.create(UserEntity, { ...user, termsAcceptedAt: new Date() }));
  }

  async update(userId: string, changes: Partial<Pick<UserEntity, 'email' | 'firstName' | 'lastName' | 'passwordHash'>>, db: EntityManager = this.dataSource.manager): Promise<void> {
    await db.update(UserEntity, { id: userId }, changes);
  }
}
