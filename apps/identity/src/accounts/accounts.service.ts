import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, CommonErrorCode, pageOf, pageResult, type AccountScope, type PageQueryDto } from '#common';
import { createBusinessAccount } from '#database';
import type { AccountListResponseDto, AccountResponseDto, AccountSummaryDto, CreateAccountRequestDto, UpdateAccountRequestDto } from './accounts.dto.js';
import { AccountsRepository, type UserAccountRow } from './accounts.repository.js';
import { addressProblems, countryName } from './countries.js';

/** Business accounts: create (the creator becomes admin), list mine, view, edit. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AccountsRepository,
  ) {}

  async create(userId: string, input: CreateAccountRequestDto): Promise<AccountResponseDto> {
    const details = { ...input, state: this.normaliseState(input.country, input.state) };
    this.checkAddress({ country: details.country, state: details.state, zip: details.zip });
    const scope = await this.dataSource.transaction(async (m) => (await createBusinessAccount(m, details, userId)).scope);
    return this.view(scope, userId);
  }

  /** The accounts I belong to, a page of them (the account selector). */
  async pageMine(userId: string, query: PageQueryDto): Promise<AccountListResponseDto> {
    const page = pageOf(query);
    const { rows, total } = await this.repository.pageForUser(userId, page);
    return pageResult(page, rows.map(toAccountSummary), total);
  }

  /** Every account I belong to (the personal overview). */
  async listMine(userId: string): Promise<AccountSummaryDto[]> {
    return (await this.repository.allForUser(userId)).map(toAccountSummary);
  }

  async view(accountId: AccountScope, userId: string): Promise<AccountResponseDto> {
    return this.describe(this.dataSource.manager, accountId, userId);
  }

  async update(accountId: AccountScope, userId: string, input: UpdateAccountRequestDto): Promise<AccountResponseDto> {
    return this.dataSource.transaction(async (m) => {
      const account = await this.repository.find(accountId, m);
      if (!account) throw new DomainError(CommonErrorCode.ACCOUNT_NOT_FOUND, 'Business account not found');
      for (const field of ['companyName', 'country', 'city', 'street', 'zip', 'phone'] as const) {
        const value = input[field];
        if (value !== undefined) (account as unknown as Record<string, unknown>)[field] = value;
      }
      if (input.state !== undefined) account.state = input.state;
      account.state = this.normaliseState(account.country, account.state);
      this.checkAddress(account);
      await this.repository.save(accountId, account, m);
      return this.describe(m, accountId, userId);
    });
  }

  private async describe(manager: EntityManager, accountId: AccountScope, userId: string): Promise<AccountResponseDto> {
    const account = await this.repository.find(accountId, manager);
    const membership = await this.repository.membership(accountId, userId, manager);
    if (!account || !membership) throw new DomainError(CommonErrorCode.ACCOUNT_NOT_FOUND, 'Business account not found');
    const admins = await this.repository.activeAdmins(accountId, manager);
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

function toAccountSummary(r: UserAccountRow): AccountSummaryDto {
  return { id: r.id, companyName: r.company_name, role: r.role, status: r.status, memberSince: r.created_at.toISOString() };
}
