import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { MembershipEntity } from '#database';

/** Identity's memberships, read (never written) where licensing must know the caller's role outside `AccountAccess`. */
@Injectable()
export class MembershipsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(accountId: string, userId: string, db: EntityManager = this.dataSource.manager): Promise<Pick<MembershipEntity, 'role' | 'status'> | null> {
    return db.findOne(MembershipEntity, { where: { accountId, userId }, select: { role: true, status: true } });
  }
}
