import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, pageOf, pageResult, type AccountScope } from '#common';
import { appendEvent, type MembershipChangedEvent } from '#messaging';
import { IdentityErrorCode } from '../common/identity-errors.js';
import type { MemberListQueryDto, MemberListResponseDto, MemberResponseDto, UpdateMemberRequestDto } from './members.dto.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { MembersRepository, type MemberRow } from './members.repository.js';

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
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: MembersRepository,
    private readonly accounts: AccountsRepository,
  ) {}

  async list(accountId: AccountScope, query: MemberListQueryDto): Promise<MemberListResponseDto> {
    const page = pageOf(query);
    const [{ rows, total }, c] = await Promise.all([this.repository.page(accountId, query, page), this.repository.counts(accountId)]);
    return {
      ...pageResult(page, rows.map(toMember), total),
      counts: {
        role: { all: c.all, member: c.member, admin: c.admin },
        status: { all: c.all, active: c.active, blocked: c.blocked },
      },
    };
  }

  async get(accountId: AccountScope, memberId: string): Promise<MemberResponseDto> {
    return toMember(await this.row(this.dataSource.manager, accountId, memberId));
  }

  /** Role (promote / demote) and notes. */
  async update(accountId: AccountScope, memberId: string, input: UpdateMemberRequestDto): Promise<MemberResponseDto> {
    return this.dataSource.transaction(async (m) => {
      await this.accounts.lock(accountId, m);
      const member = await this.row(m, accountId, memberId);
      if (input.role && input.role !== member.role) {
        if (input.role === 'member') await this.ensureNotLastAdmin(m, accountId, member, 'The last active administrator cannot be demoted; appoint another administrator first');
        await this.repository.update(accountId, member.id, { role: input.role }, m);
      }
      if (input.notes !== undefined) {
        const notes = input.notes === null || input.notes.trim() === '' ? null : input.notes;
        await this.repository.update(accountId, member.id, { notes }, m);
      }
      return toMember(await this.row(m, accountId, memberId));
    });
  }

  async block(accountId: AccountScope, memberId: string, byUserId: string): Promise<MemberResponseDto> {
    return this.dataSource.transaction(async (m) => {
      await this.accounts.lock(accountId, m);
      const member = await this.row(m, accountId, memberId);
      if (member.status === 'blocked') return toMember(member);
      await this.ensureNotLastAdmin(m, accountId, member, 'The last active administrator cannot be blocked; appoint another administrator first');
      await this.repository.update(accountId, member.id, { status: 'blocked' }, m);
      await this.emit(m, 'membership.blocked', accountId, member.user_id, byUserId);
      return toMember({ ...member, status: 'blocked' });
    });
  }

  async unblock(accountId: AccountScope, memberId: string, byUserId: string): Promise<MemberResponseDto> {
    return this.dataSource.transaction(async (m) => {
      await this.accounts.lock(accountId, m);
      const member = await this.row(m, accountId, memberId);
      if (member.status === 'active') return toMember(member);
      await this.repository.update(accountId, member.id, { status: 'active' }, m);
      await this.emit(m, 'membership.unblocked', accountId, member.user_id, byUserId);
      return toMember({ ...member, status: 'active' });
    });
  }

  async remove(accountId: AccountScope, memberId: string, byUserId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await this.accounts.lock(accountId, m);
      const member = await this.row(m, accountId, memberId);
      await this.ensureNotLastAdmin(m, accountId, member, 'The last active administrator cannot be removed; appoint another administrator first');
      await this.repository.remove(accountId, member.id, m);
      await this.emit(m, 'membership.removed', accountId, member.user_id, byUserId);
    });
  }

  /** The caller leaves the account (no email: they did it themselves). */
  async leave(accountId: AccountScope, membershipId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await this.accounts.lock(accountId, m);
      const member = await this.row(m, accountId, membershipId);
      await this.ensureNotLastAdmin(m, accountId, member, 'You are the last active administrator of this account; appoint another administrator before leaving');
      await this.repository.remove(accountId, member.id, m);
    });
  }

  /** A member of another account answers 404, exactly like one that does not exist. */
  private async row(m: EntityManager, accountId: AccountScope, memberId: string): Promise<MemberRow> {
    const member = await this.repository.find(accountId, memberId, m);
    if (!member) throw new DomainError(IdentityErrorCode.MEMBER_NOT_FOUND, 'Member not found');
    return member;
  }

  private async ensureNotLastAdmin(m: EntityManager, accountId: AccountScope, member: MemberRow, message: string): Promise<void> {
    if (member.role !== 'admin' || member.status !== 'active') return;
    const others = await this.repository.otherActiveAdmins(accountId, member.id, m);
    if (others === 0) throw lastAdmin(message);
  }

  private async emit(m: EntityManager, type: MembershipChangedEvent['type'], accountId: AccountScope, userId: string, byUserId: string): Promise<void> {
    const user = await this.repository.user(userId, m);
    await appendEvent(m, { type, payload: { accountId, userId, email: user.email, firstName: user.firstName, byUserId } });
  }
}
