import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AccountScope, PageRequest } from '#common';
import { BusinessAccountEntity, MembershipEntity, UserEntity, type MembershipRole, type MembershipStatus } from '#database';

/** A business account the user belongs to, with their membership in it. */
export interface UserAccountRow {
  id: string;
  company_name: string;
  role: MembershipRole;
  status: MembershipStatus;
  created_at: Date;
}

const USER_ACCOUNTS = `
  SELECT a.id, a.company_name, m.role, m.status, m.created_at
    FROM memberships m JOIN business_accounts a ON a.id = m.account_id
   WHERE m.user_id = $1
   ORDER BY lower(a.company_name), a.id`;

/** Business accounts: the profile of one (by its scope) and the accounts a user belongs to. */
@Injectable()
export class AccountsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The accounts the user belongs to, by company name, one page of them. */
  async pageForUser(userId: string, page: PageRequest): Promise<{ rows: UserAccountRow[]; total: number }> {
    const [rows, counted]: [UserAccountRow[], Array<{ total: number }>] = await Promise.all([
      this.dataSource.query(`${USER_ACCOUNTS} LIMIT $2 OFFSET $3`, [userId, page.pageSize, page.offset]),
      this.dataSource.query(`SELECT count(*)::int AS total FROM memberships WHERE user_id = $1`, [userId]),
    ]);
    return { rows, total: counted[0]?.total ?? 0 };
  }

  /** Every account the user belongs to (the personal overview shows them all). */
  allForUser(userId: string): Promise<UserAccountRow[]> {
    return this.dataSource.query(USER_ACCOUNTS, [userId]);
  }

  /** Serialises the account's membership and invitation changes: the last-admin check cannot race. */
  async lock(scope: AccountScope, db: EntityManager): Promise<void> {
    await db.query(`SELECT id FROM business_accounts WHERE id = $1 FOR UPDATE`, [scope]);
  }

  find(scope: AccountScope, db: EntityManager = this.dataSource.manager): Promise<BusinessAccountEntity | null> {
    return db.findOneBy(BusinessAccountEntity, { id: scope });
  }

  membership(scope: AccountScope, userId: string, db: EntityManager = this.dataSource.manager): Promise<MembershipEntity | null> {
    return db.findOneBy(MembershipEntity, { accountId: scope, userId });
  }

  /** The account's active administrators, by name. */
  activeAdmins(scope: AccountScope, db: EntityManager = this.dataSource.manager): Promise<UserEntity[]> {
    return db
      .createQueryBuilder(UserEntity, 'u')
      .innerJoin(MembershipEntity, 'm', 'm.userId = u.id')
      .where(`m.accountId = :accountId AND m.role = 'admin' AND m.status = 'active'`, { accountId: scope })
      .orderBy('u.lastName')
      .addOrderBy('u.firstName')
      .getMany();
  }

  async save(scope: AccountScope, account: BusinessAccountEntity, db: EntityManager): Promise<void> {
    await db.save(db.merge(BusinessAccountEntity, account, { id: scope }));
  }
}
