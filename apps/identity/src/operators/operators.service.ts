import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, containsPattern, pageOf, pageResult, CommonErrorCode } from '#common';
import { IdentityErrorCode } from '../common/identity-errors.js';
import type {
  OperatorAccountDetailsDto,
  OperatorAccountDto,
  OperatorAccountListResponseDto,
  OperatorAccountSearchQueryDto,
  OperatorUserDetailsDto,
  OperatorUserDto,
  OperatorUserListResponseDto,
  OperatorUserSearchQueryDto,
} from './operators.dto.js';

interface UserRow {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  role: 'user' | 'operator';
  account_count: number;
  created_at: Date;
}

interface AccountRow {
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

const toUser = (r: UserRow): OperatorUserDto => ({
  id: r.id,
  email: r.email,
  firstName: r.first_name,
  lastName: r.last_name,
  role: r.role,
  accountCount: r.account_count,
  createdAt: r.created_at.toISOString(),
});

const toAccount = (r: AccountRow): OperatorAccountDto => ({
  id: r.id,
  companyName: r.company_name,
  supportCode: r.support_code,
  country: r.country,
  state: r.state,
  city: r.city,
  street: r.street,
  zip: r.zip,
  phone: r.phone,
  memberCount: r.member_count,
  createdAt: r.created_at.toISOString(),
});

/** Support look-ups for the vendor's staff, across every account. */
@Injectable()
export class OperatorsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async searchUsers(query: OperatorUserSearchQueryDto): Promise<OperatorUserListResponseDto> {
    const page = pageOf(query);
    const params: unknown[] = [];
    let where = '';
    if (query.search) {
      params.push(containsPattern(query.search));
      where = `WHERE u.email ILIKE $1 OR (u.first_name || ' ' || u.last_name) ILIKE $1`;
    }
    const [{ total }] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM users u ${where}`, params)) as Array<{ total: number }>;
    const rows: UserRow[] = await this.dataSource.query(
      `${USER_SELECT} ${where} ORDER BY u.email LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.pageSize, page.offset],
    );
    return pageResult(page, rows.map(toUser), total);
  }

  async user(userId: string): Promise<OperatorUserDetailsDto> {
    const [row] = (await this.dataSource.query(`${USER_SELECT} WHERE u.id = $1`, [userId])) as UserRow[];
    if (!row) throw new DomainError(IdentityErrorCode.USER_NOT_FOUND, 'User not found');
    const memberships: Array<{ account_id: string; company_name: string; support_code: string; role: 'member' | 'admin'; status: 'active' | 'blocked'; created_at: Date }> =
      await this.dataSource.query(
        `SELECT m.account_id, a.company_name, a.support_code, m.role, m.status, m.created_at
           FROM memberships m JOIN business_accounts a ON a.id = m.account_id
          WHERE m.user_id = $1 ORDER BY lower(a.company_name), a.id`,
        [userId],
      );
    return {
      ...toUser(row),
      memberships: memberships.map((m) => ({
        accountId: m.account_id,
        companyName: m.company_name,
        supportCode: m.support_code,
        role: m.role,
        status: m.status,
        memberSince: m.created_at.toISOString(),
      })),
    };
  }

  async searchAccounts(query: OperatorAccountSearchQueryDto): Promise<OperatorAccountListResponseDto> {
    const page = pageOf(query);
    const params: unknown[] = [];
    let where = '';
    if (query.search) {
      // A support code read out over the phone often comes without its dash.
      const code = /^\d{10}$/.test(query.search) ? `${query.search.slice(0, 5)}-${query.search.slice(5)}` : query.search;
      params.push(containsPattern(query.search), containsPattern(code));
      where = `WHERE a.company_name ILIKE $1 OR a.support_code ILIKE $2
        OR EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.account_id = a.id AND u.email ILIKE $1)`;
    }
    const [{ total }] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM business_accounts a ${where}`, params)) as Array<{
      total: number;
    }>;
    const rows: AccountRow[] = await this.dataSource.query(
      `${ACCOUNT_SELECT} ${where} ORDER BY lower(a.company_name), a.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.pageSize, page.offset],
    );
    return pageResult(page, rows.map(toAccount), total);
  }

  async account(accountId: string): Promise<OperatorAccountDetailsDto> {
    const [row] = (await this.dataSource.query(`${ACCOUNT_SELECT} WHERE a.id = $1`, [accountId])) as AccountRow[];
    if (!row) throw new DomainError(CommonErrorCode.ACCOUNT_NOT_FOUND, 'Business account not found');
    const members: Array<{ id: string; user_id: string; email: string; first_name: string; last_name: string; role: 'member' | 'admin'; status: 'active' | 'blocked'; created_at: Date }> =
      await this.dataSource.query(
        `SELECT m.id, m.user_id, u.email, u.first_name, u.last_name, m.role, m.status, m.created_at
           FROM memberships m JOIN users u ON u.id = m.user_id
          WHERE m.account_id = $1 ORDER BY m.role = 'admin' DESC, lower(u.last_name), lower(u.first_name), m.id`,
        [accountId],
      );
    return {
      ...toAccount(row),
      members: members.map((m) => ({
        id: m.id,
        userId: m.user_id,
        email: m.email,
        firstName: m.first_name,
        lastName: m.last_name,
        role: m.role,
        status: m.status,
        memberSince: m.created_at.toISOString(),
      })),
    };
  }
}
