import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { containsPattern, type AccountScope, type PageRequest } from '#common';
import { MembershipEntity, UserEntity, type MembershipRole, type MembershipStatus } from '#database';
import type { MemberSort } from './members.dto.js';

export interface MemberRow {
  id: string;
  user_id: string;
  first_name: string;
  last_name: string;
  email: string;
  role: MembershipRole;
  status: MembershipStatus;
  notes: string | null;
  created_at: Date;
}

export interface MemberFilter {
  search?: string;
  role?: MembershipRole;
  status?: MembershipStatus;
  sort?: MemberSort;
  order?: 'asc' | 'desc';
}

export interface MemberCounts {
  all: number;
  member: number;
  admin: number;
  active: number;
  blocked: number;
}

const SORT_SQL: Record<MemberSort, string> = {
  name: 'lower(u.last_name) %s, lower(u.first_name) %s',
  email: 'u.email %s',
  role: 'm.role %s',
  status: 'm.status %s',
  memberSince: 'm.created_at %s',
};

const MEMBER_COLUMNS = `m.id, m.user_id, u.first_name, u.last_name, u.email, m.role, m.status, m.notes, m.created_at`;

/** The memberships of one business account, with their users. Every method takes the account scope. */
@Injectable()
export class MembersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(scope: AccountScope, filter: MemberFilter, page: PageRequest): Promise<{ rows: MemberRow[]; total: number }> {
    const where = ['m.account_id = $1'];
    const params: unknown[] = [scope];
    if (filter.search) {
      params.push(containsPattern(filter.search));
      const p = `$${params.length}`;
      where.push(`(u.email ILIKE ${p} OR u.first_name ILIKE ${p} OR u.last_name ILIKE ${p} OR (u.first_name || ' ' || u.last_name) ILIKE ${p})`);
    }
    if (filter.role) {
      params.push(filter.role);
      where.push(`m.role = $${params.length}`);
    }
    if (filter.status) {
      params.push(filter.status);
      where.push(`m.status = $${params.length}`);
    }
    const direction = filter.order === 'desc' ? 'DESC' : 'ASC';
    const orderBy = `${SORT_SQL[filter.sort ?? 'name'].replaceAll('%s', direction)}, m.id ${direction}`;
    const from = `FROM memberships m JOIN users u ON u.id = m.user_id WHERE ${where.join(' AND ')}`;
    const [counted]: Array<{ total: number }> = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params);
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS} ${from} ORDER BY ${orderBy} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.pageSize, page.offset],
    );
    return { rows, total: counted?.total ?? 0 };
  }

  async counts(scope: AccountScope): Promise<MemberCounts> {
    const [c]: MemberCounts[] = await this.dataSource.query(
      `SELECT count(*)::int AS all,
              count(*) FILTER (WHERE role = 'member')::int AS member,
              count(*) FILTER (WHERE role = 'admin')::int AS admin,
              count(*) FILTER (WHERE status = 'active')::int AS active,
              count(*) FILTER (WHERE status = 'blocked')::int AS blocked
         FROM memberships WHERE account_id = $1`,
      [scope],
    );
    return c ?? { all: 0, member: 0, admin: 0, active: 0, blocked: 0 };
  }

  /** A member of another account is not found, exactly like one that does not exist. */
  async find(scope: AccountScope, memberId: string, db: EntityManager = this.dataSource.manager): Promise<MemberRow | undefined> {
    const [row]: MemberRow[] = await db.query(
      `SELECT ${MEMBER_COLUMNS} FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.account_id = $1 AND m.id = $2`,
      [scope, memberId],
    );
    return row;
  }

  async otherActiveAdmins(scope: AccountScope, memberId: string, db: EntityManager): Promise<number> {
    const [row]: Array<{ others: number }> = await db.query(
      `SELECT count(*)::int AS others FROM memberships WHERE account_id = $1 AND role = 'admin' AND status = 'active' AND id <> $2`,
      [scope, memberId],
    );
    return row?.others ?? 0;
  }

  async update(
    scope: AccountScope,
    memberId: string,
    changes: Partial<Pick<MembershipEntity, 'role' | 'status' | 'notes'>>,
    db: EntityManager,
  ): Promise<void> {
    await db.update(MembershipEntity, { id: memberId, accountId: scope }, changes);
  }

  async remove(scope: AccountScope, memberId: string, db: EntityManager): Promise<void> {
    await db.delete(MembershipEntity, { id: memberId, accountId: scope });
  }

  /** What a membership email needs of the member. */
  user(userId: string, db: EntityManager): Promise<UserEntity> {
    return db.findOneByOrFail(UserEntity, { id: userId });
  }
}
