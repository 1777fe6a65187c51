import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AccountScope, PageRequest } from '#common';
import { AccountSsoConfigEntity, BusinessAccountEntity } from '#database';

export type SsoConfigFields = Pick<AccountSsoConfigEntity, 'issuer' | 'clientId' | 'clientSecretEncrypted' | 'allowedDomains' | 'required'>;

export interface OperatorSsoRow {
  account_id: string;
  company_name: string;
  support_code: string;
  issuer: string;
  allowed_domains: string[];
  required: boolean;
}

/**
 * Business accounts' own OpenID Connect providers. Their admins' methods take the `AccountScope`;
 * signing in through one reaches it by the account the sign-in names; operators list them all.
 */
@Injectable()
export class SsoConfigsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(scope: AccountScope): Promise<AccountSsoConfigEntity | null> {
    return this.dataSource.getRepository(AccountSsoConfigEntity).findOneBy({ accountId: scope });
  }

  async save(scope: AccountScope, fields: SsoConfigFields): Promise<void> {
    await this.dataSource.getRepository(AccountSsoConfigEntity).save({ accountId: scope, ...fields });
  }

  /** False when the account had none. */
  async remove(scope: AccountScope): Promise<boolean> {
    const result = await this.dataSource.getRepository(AccountSsoConfigEntity).delete({ accountId: scope });
    return Boolean(result.affected);
  }

  anyConfigured(): Promise<boolean> {
    return this.dataSource.getRepository(AccountSsoConfigEntity).exists();
  }

  /** The provider a sign-in through the account's single sign-on uses, with the company it signs into. */
  async forSignIn(accountId: string): Promise<{ config: AccountSsoConfigEntity; companyName: string } | null> {
    const config = await this.dataSource.getRepository(AccountSsoConfigEntity).findOneBy({ accountId });
    if (!config) return null;
    const account = await this.dataSource.getRepository(BusinessAccountEntity).findOneByOrFail({ id: accountId });
    return { config, companyName: account.companyName };
  }

  /** The business account whose single sign-on covers this email domain (the oldest, if several). */
  async accountForEmailDomain(domain: string): Promise<string | null> {
    const [row]: Array<{ account_id: string }> = await this.dataSource.query(
      `SELECT account_id FROM account_sso_configs WHERE $1 = ANY(allowed_domains) ORDER BY created_at LIMIT 1`,
      [domain],
    );
    return row?.account_id ?? null;
  }

  /** The company name of an account (null once deleted), for labelling its sign-in method. */
  async companyName(accountId: string): Promise<string | null> {
    const account = await this.dataSource.getRepository(BusinessAccountEntity).findOneBy({ id: accountId });
    return account?.companyName ?? null;
  }

  /** By company name; `required` filters on whether members must sign in through it. */
  async pageForOperators(required: boolean | undefined, page: PageRequest): Promise<{ rows: OperatorSsoRow[]; total: number }> {
    const where = required === undefined ? '' : 'WHERE c.required = $1';
    const params: unknown[] = required === undefined ? [] : [required];
    const [counted]: Array<{ total: number }> = await this.dataSource.query(`SELECT count(*)::int AS total FROM account_sso_configs c ${where}`, params);
    const rows: OperatorSsoRow[] = await this.dataSource.query(
      `SELECT c.account_id, a.company_name, a.support_code, c.issuer, c.allowed_domains, c.required
         FROM account_sso_configs c JOIN business_accounts a ON a.id = c.account_id ${where}
        ORDER BY lower(a.company_name), c.account_id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.pageSize, page.offset],
    );
    return { rows, total: counted?.total ?? 0 };
  }
}
