import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, CommonErrorCode } from '#common';
import { BusinessAccountEntity, createBusinessAccount, MembershipEntity, UserEntity } from '#database';
import type { AccountResponseDto, AccountSummaryDto, CreateAccountRequestDto, UpdateAccountRequestDto } from './accounts.dto.js';
import { addressProblems, countryName } from './countries.js';

/** Business accounts: create (the creator becomes admin), list mine, view, edit. */
@Injectable()
export class AccountsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(userId: string, input: CreateAccountRequestDto): Promise<AccountResponseDto> {
    const details = { ...input, state: this.normaliseState(input.country, input.state) };
    this.checkAddress({ country: details.country, state: details.state, zip: details.zip });
    const accountId = await this.dataSource.transaction(async (m) => {
      const { account } = await createBusinessAccount(m, details, userId);
      return account.id;
    });
    return this.view(accountId, userId);
  }

  async listMine(userId: string): Promise<AccountSummaryDto[]> {
    const rows: Array<{ id: string; company_name: string; role: 'member' | 'admin'; status: 'active' | 'blocked'; created_at: Date }> =
      await this.dataSource.query(
        `SELECT a.id, a.company_name, m.role, m.status, m.created_at
           FROM memberships m JOIN business_accounts a ON a.id = m.account_id
          WHERE m.user_id = $1
          ORDER BY lower(a.company_name), a.id`,
        [userId],
      );
    return rows.map((r) => ({ id: r.id, companyName: r.company_name, role: r.role, status: r.status, memberSince: r.created_at.toISOString() }));
  }

  async view(accountId: string, userId: string): Promise<AccountResponseDto> {
    return this.describe(this.dataSource.manager, accountId, userId);
  }

  async update(accountId: string, userId: string, input: UpdateAccountRequestDto): Promise<AccountResponseDto> {
    return this.dataSource.transaction(async (m) => {
      const account = await m.findOneBy(BusinessAccountEntity, { id: accountId });
      if (!account) throw new DomainError(CommonErrorCode.ACCOUNT_NOT_FOUND, 'Business account not found');
      for (const field of ['companyName', 'country', 'city', 'street', 'zip', 'phone'] as const) {
        const value = input[field];
        if (value !== undefined) (account as unknown as Record<string, unknown>)[field] = value;
      }
      if (input.state !== undefined) account.state = input.state;
      account.state = this.normaliseState(account.country, account.state);
      this.checkAddress(account);
      await m.save(account);
      return this.describe(m, accountId, userId);
    });
  }

  private async describe(manager: EntityManager, accountId: string, userId: string): Promise<AccountResponseDto> {
    const account = await manager.findOneBy(BusinessAccountEntity, { id: accountId });
    const membership = await manager.findOneBy(MembershipEntity, { accountId, userId });
    if (!account || !membership) throw new DomainError(CommonErrorCode.ACCOUNT_NOT_FOUND, 'Business account not found');
    const admins = await manager
      .createQueryBuilder(UserEntity, 'u')
      .innerJoin(MembershipEntity, 'm', 'm.userId = u.id')
      .where(`m.accountId = :accountId AND m.role = 'admin' AND m.status = 'active'`, { accountId })
      .orderBy('u.lastName')
      .addOrderBy('u.firstName')
      .getMany();
    return {
      id: account.id,
      companyName: account.companyName,
      country: account.country,
      countryName: countryName(account.country),
      state: account.state,
      city: account.city,
      street: account.street,
      zip: account.zip,
      phone: account.phone,
      supportCode: account.supportCode,
      createdAt: account.createdAt.toISOString(),
      membership: { id: membership.id, role: membership.role, status: membership.status, memberSince: membership.createdAt.toISOString() },
      admins: admins.map((u) => ({ userId: u.id, firstName: u.firstName, lastName: u.lastName, email: u.email })),
    };
  }

  /** US state codes are stored upper-case. */
  private normaliseState(country: string, state: string | null | undefined): string | null {
    if (!state) return null;
    return country === 'US' ? state.toUpperCase() : state;
  }

  private checkAddress(address: { country: string; state: string | null; zip: string }): void {
    const problems = addressProblems(address);
    if (problems.length) {
      const summary = problems.map((d) => `${d.field}: ${d.problems.join(', ')}`).join('; ');
      throw new DomainError(CommonErrorCode.VALIDATION_FAILED, `Invalid input: ${summary}`, problems);
    }
  }
}
