import { Injectable } from '@nestjs/common';
import { DomainError, pageOf, pageResult, CommonErrorCode } from '#common';
import { IdentityErrorCode } from '../common/identity-errors.js';
import { OperatorsRepository, type AccountRow, type UserRow } from './operators.repository.js';
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
  constructor(private readonly repository: OperatorsRepository) {}

  async searchUsers(query: OperatorUserSearchQueryDto): Promise<OperatorUserListResponseDto> {
    const page = pageOf(query);
    const { rows, total } = await this.repository.pageUsers(query.search, page);
    return pageResult(page, rows.map(toUser), total);
  }

  async user(userId: string): Promise<OperatorUserDetailsDto> {
    const row = await this.repository.user(userId);
    if (!row) throw new DomainError(IdentityErrorCode.USER_NOT_FOUND, 'User not found');
    const memberships = await this.repository.membershipsOf(userId);
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
    // A support code read out over the phone often comes without its dash.
    const search = query.search
      ? { text: query.search, supportCode: /^\d{10}$/.test(query.search) ? `${query.search.slice(0, 5)}-${query.search.slice(5)}` : query.search }
      : undefined;
    const { rows, total } = await this.repository.pageAccounts(search, page);
    return pageResult(page, rows.map(toAccount), total);
  }

  async account(accountId: string): Promise<OperatorAccountDetailsDto> {
    const row = await this.repository.account(accountId);
    if (!row) throw new DomainError(CommonErrorCode.ACCOUNT_NOT_FOUND, 'Business account not found');
    const members = await this.repository.membersOf(accountId);
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
