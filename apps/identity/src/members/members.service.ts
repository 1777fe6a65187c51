import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, containsPattern, pageOf, pageResult } from '#common';
import { MembershipEntity, UserEntity } from '#database';
import { appendEvent, type MembershipChangedEvent } from '#messaging';
import { IdentityErrorCode } from '../common/identity-errors.js';
import type { MemberListQueryDto, MemberListResponseDto, MemberResponseDto, MemberSort, UpdateMemberRequestDto } from './members.dto.js';

interface MemberRow {
  id: string;
  user_id: string;
  first_name: string;
  last_name: string;
  email: string;
  role: 'member' | 'admin';
  status: 'active' | 'blocked';
  notes: string | null;
  created_at: Date;
}

const SORT_SQL: Record<MemberSort, string> = {
  name: 'lower(u.last_name) %s, lower(u.first_name) %s',
  email: 'u.email %s',
  role: 'm.role %s',
  status: 'm.status %s',
  memberSince: 'm.created_at %s',
};

const MEMBER_COLUMNS = `m.id, m.user_id, u.first_name, u.last_name, u.email, m.role, m.status, m.notes, m.created_at`;

function toMember(r: MemberRow): MemberResponseDto {
  return {
    id: r.id,
    userId: r.user_id,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    role: r.role,
    status: r.status,
    notes: r.notes,
    memberSince: r.created_at.toISOString(),
  };
}

const lastAdmin = (message: string) => new DomainError(IdentityErrorCode.LAST_ADMIN, message);

/**
 * Members of one business account. Every change runs in a transaction that first locks the account
 * row, so "is this the last active admin?" cannot be answered twice concurrently with the same result.
 */
@Injectable()
export class MembersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(accountId: string, query: MemberListQueryDto): Promise<MemberListResponseDto> {
    const page = pageOf(query);
    const where = ['m.account_id = $1'];
    const params: unknown[] = [accountId];
    if (query.search) {
      params.push(containsPattern(query.search));
      const p = `$${params.length}`;
      where.push(`(u.email ILIKE ${p} OR u.first_name ILIKE ${p} OR u.last_name ILIKE ${p} OR (u.first_name || ' ' || u.last_name) ILIKE ${p})`);
    }
    if (query.role) {
      params.push(query.role);
      where.push(`m.role = $${params.length}`);
    }
    if (query.status) {
      params.push(query.status);
      where.push(`m.status = $${params.length}`);
    }
    const direction = query.order === 'desc' ? 'DESC' : 'ASC';
    const orderBy = `${SORT_SQL[query.sort ?? 'name'].replaceAll('%s', direction)}, m.id ${direction}`;
    const from = `FROM memberships m JOIN users u ON u.id = m.user_id WHERE ${where.join(' AND ')}`;
    const [{ total }] = (await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params)) as Array<{ total: number }>;
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS} ${from} ORDER BY ${orderBy} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.pageSize, page.offset],
    );
    return { ...pageResult(page, rows.map(toMember), total), counts: await this.counts(accountId) };
  }

  private async counts(accountId: string): Promise<MemberListResponseDto['counts']> {
    const [c] = (await this.dataSource.query(
      `SELECT count(*)::int AS all,
              count(*) FILTER (WHERE role = 'member')::int AS member,
              count(*) FILTER (WHERE role = 'admin')::int AS admin,
              count(*) FILTER (WHERE status = 'active')::int AS active,
              count(*) FILTER (WHERE status = 'blocked')::int AS blocked
         FROM memberships WHERE account_id = $1`,
      [accountId],
    )) as Array<{ all: number; member: number; admin: number; active: number; blocked: number }>;
    const all = c?.all ?? 0;
    return {
      role: { all, member: c?.member ?? 0, admin: c?.admin ?? 0 },
      status: { all, active: c?.active ?? 0, blocked: c?.blocked ?? 0 },
    };
  }

  async get(accountId: string, memberId: string): Promise<MemberResponseDto> {
    return toMember(await this.row(this.dataSource.manager, accountId, memberId));
  }

  /** Role (promote / demote) and notes. */
  async update(accountId: string, memberId: string, input: UpdateMemberRequestDto): Promise<MemberResponseDto> {
    return this.dataSource.transaction(async (m) => {
      await this.lockAccount(m, accountId);
      const member = await this.row(m, accountId, memberId);
      if (input.role && input.role !== member.role) {
        if (input.role === 'member') await this.ensureNotLastAdmin(m, accountId, member, 'The last active administrator cannot be demoted; appoint another administrator first');
        await m.update(MembershipEntity, { id: member.id }, { role: input.role });
      }
      if (input.notes !== undefined) {
        const notes = input.notes === null || input.notes.trim() === '' ? null : input.notes;
        await m.update(MembershipEntity, { id: member.id }, { notes });
      }
      return toMember(await this.row(m, accountId, memberId));
    });
  }

  async block(accountId: string, memberId: string, byUserId: string): Promise<MemberResponseDto> {
    return this.dataSource.transaction(async (m) => {
      await this.lockAccount(m, accountId);
      const member = await this.row(m, accountId, memberId);
      if (member.status === 'blocked') return toMember(member);
      await this.ensureNotLastAdmin(m, accountId, member, 'The last active administrator cannot be blocked; appoint another administrator first');
      await m.update(MembershipEntity, { id: member.id }, { status: 'blocked' });
      await this.emit(m, 'membership.blocked', accountId, member.user_id, byUserId);
      return toMember({ ...member, status: 'blocked' });
    });
  }

  async unblock(accountId: string, memberId: string, byUserId: string): Promise<MemberResponseDto> {
    return this.dataSource.transaction(async (m) => {
      await this.lockAccount(m, accountId);
      const member = await this.row(m, accountId, memberId);
      if (member.status === 'active') return toMember(member);
      await m.update(MembershipEntity, { id: member.id }, { status: 'active' });
      await this.emit(m, 'membership.unblocked', accountId, member.user_id, byUserId);
      return toMember({ ...member, status: 'active' });
    });
  }

  async remove(accountId: string, memberId: string, byUserId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await this.lockAccount(m, accountId);
      const member = await this.row(m, accountId, memberId);
      await this.ensureNotLastAdmin(m, accountId, member, 'The last active administrator cannot be removed; appoint another administrator first');
      await m.delete(MembershipEntity, { id: member.id });
      await this.emit(m, 'membership.removed', accountId, member.user_id, byUserId);
    });
  }

  /** The caller leaves the account (no email: they did it themselves). */
  async leave(accountId: string, membershipId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await this.lockAccount(m, accountId);
      const member = await this.row(m, accountId, membershipId);
      await this.ensureNotLastAdmin(m, accountId, member, 'You are the last active administrator of this account; appoint another administrator before leaving');
      await m.delete(MembershipEntity, { id: member.id });
    });
  }

  private async lockAccount(m: EntityManager, accountId: string): Promise<void> {
    await m.query(`SELECT id FROM business_accounts WHERE id = $1 FOR UPDATE`, [accountId]);
  }

  /** A member of another account answers 404, exactly like one that does not exist. */
  private async row(m: EntityManager, accountId: string, memberId: string): Promise<MemberRow> {
    const rows: MemberRow[] = await m.query(
      `SELECT ${MEMBER_COLUMNS} FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.account_id = $1 AND m.id = $2`,
      [accountId, memberId],
    );
    if (!rows[0]) throw new DomainError(IdentityErrorCode.MEMBER_NOT_FOUND, 'Member not found');
    return rows[0];
  }

  private async ensureNotLastAdmin(m: EntityManager, accountId: string, member: MemberRow, message: string): Promise<void> {
    if (member.role !== 'admin' || member.status !== 'active') return;
    const [{ others }] = (await m.query(
      `SELECT count(*)::int AS others FROM memberships WHERE account_id = $1 AND role = 'admin' AND status = 'active' AND id <> $2`,
      [accountId, member.id],
    )) as Array<{ others: number }>;
    if (others === 0) throw lastAdmin(message);
  }

  private async emit(m: EntityManager, type: MembershipChangedEvent['type'], accountId: string, userId: string, byUserId: string): Promise<void> {
    const user = await m.findOneByOrFail(UserEntity, { id: userId });
    await appendEvent(m, { type, payload: { accountId, userId, email: user.email, firstName: user.firstName, byUserId } });
  }
}
