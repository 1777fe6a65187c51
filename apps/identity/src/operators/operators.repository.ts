import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { containsPattern, type PageRequest } from '#common';
import type { MembershipRole, MembershipStatus } from '#database';

export interface UserRow {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  role: 'user' | 'operator';
  account_count: number;
  created_at: Date;
}

export interface AccountRow {
  id: string;
  company_name: string;
  support_code: string;
  country: string;
  state: string | null;
  city: string | null;
  street: string | null;
  zip: string;
  phone: string;
  member_count: number;
  created_at: Date;
}

const USER_SELECT = `SELECT u.id, u.email, u.first_name, u.last_name, u.role, u.created_at,
  (SELECT count(*)::int FROM memberships m WHERE m.user_id = u.id) AS account_count FROM users u`;

const ACCOUNT_SELECT = `SELECT a.id, a.company_name, a.support_code, a.country, a.state, a.city, a.street, a.zip, a.phone, a.created_at,
  (SELECT count(*)::int FROM memberships m WHERE m.account_id = a.id) AS member_count FROM business_accounts a`;

export interface UserMembershipRow {
  account_id: string;
  company_name: string;
  support_code: string;
  role: MembershipRole;
  status: MembershipStatus;
  created_at: Date;
}

export interface AccountMemberRow {
  id: string;
  user_id: string;
  email: string;
  first_name: string;
  last_name: string;
  role: MembershipRole;
  status: MembershipStatus;
  created_at: Date;
}

/** Users and business accounts as the vendor's staff look them up: across every account, by operators only. */
@Injectable()
export class OperatorsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** By email; `search` matches the email or the full name. */
  async pageUsers(search: string | undefined, page: PageRequest): Promise<{ rows: UserRow[]; total: number }> {
    const params: unknown[] = [];
    let where = '';
    if (search) {
      params.push(containsPattern(search));
      where = `WHERE u.email ILIKE $1 OR (u.first_name || ' ' || u.last_name) ILIKE $1`;
    }
    const [counted]: Array<{ total: number }> = await this.dataSource.query(`SELECT count(*)::int AS total FROM users u ${where}`, params);
    const rows: UserRow[] = await this.dataSource.query(
      `${USER_SELECT} ${where} ORDER BY u.email LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.pageSize, page.offset],
    );
    return { rows, total: counted?.total ?? 0 };
  }

  async user(userId: string): Promise<UserRow | undefined> {
    const [row]: UserRow[] = await this.dataSource.query(`${USER_SELECT} WHERE u.id = $1`, [userId]);
    return row;
  }

  /** The user's memberships, by company name. */
  membershipsOf(userId: string): Promise<UserMembershipRow[]> {
    return this.dataSource.query(
      `SELECT m.account_id, a.company_name, a.support_code, m.role, m.status, m.created_at
         FROM memberships m JOIN business_accounts a ON a.id = m.account_id
        WHERE m.user_id = $1 ORDER BY lower(a.company_name), a.id`,
      [userId],
    );
  }

  /** By company name; `search` matches the company, a member's email, or the support code (`supportCode` being its dashed form). */
  async pageAccounts(search: { text: string; supportCode: string } | undefined, page: PageRequest): Promise<{ rows: AccountRow[]; total: number }> {
    const params: unknown[] = [];
    let where = '';
    if (search) {
      params.push(containsPattern(search.text), containsPattern(search.supportCode));
      where = `WHERE a.company_name ILIKE $1 OR a.support_code ILIKE $2
        OR EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.account_id = a.id AND u.email ILIKE $1)`;
    }
    const [counted]: Array<{ total: number }> = await this.dataSource.query(`SELECT count(*)::int AS total FROM business_accounts a ${where}`, params);
    const rows: AccountRow[] = await this.dataSource.query(
      `${ACCOUNT_SELECT} ${where} ORDER BY lower(a.company_name), a.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.pageSize, page.offset],
    );
    return { rows, total: counted?.total ?? 0 };
  }

  async account(accountId: string): Promise<AccountRow | undefined> {
    const [row]: AccountRow[] = await this.dataSource.query(`${ACCOUNT_SELECT} WHERE a.id = $1`, [accountId]);
    return row;
  }

  /** The account's members, admins first, then by name. */
  membersOf(accountId: string): Promise<AccountMemberRow[]> {
    return this.dataSource.query(
      `SELECT m.id, m.user_id, u.email, u.first_name, u.last_name, m.role, m.status, m.created_at
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.account_id = $1 ORDER BY m.role = 'admin' DESC, lower(u.last_name), lower(u.first_name), m.id`,
      [accountId],
    );
  }
}
