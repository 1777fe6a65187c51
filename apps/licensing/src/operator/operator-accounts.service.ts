import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AppException, containsPattern, isUuid, utcToday } from '#common';
import { AccountSettingsEntity, BusinessAccountEntity, LicenseKeyEntity, SubscriptionEntity } from '#database';
import { appendEvent } from '#messaging';
import { KeyVault } from '../keys/key-vault.js';
import { LicensingErrorCode } from '../licensing.errors.js';
import { toSubscriptionSummary, type SubscriptionWithProduct } from '../shared/subscription.mapper.js';
import type {
  AccountSearchQueryDto,
  AccountSearchResponseDto,
  KeyLookupResponseDto,
  OfflineOperationsResponseDto,
  OperatorAccountResponseDto,
} from './operator-accounts.dto.js';
import { loadOperatorView, toAccountRef } from './operator-view.js';

const accountNotFound = () => AppException.notFound(LicensingErrorCode.ACCOUNT_NOT_FOUND, 'Business account not found');
const SEARCH_LIMIT = 50;

/** Operators' look-ups and per-account licensing switches. */
@Injectable()
export class OperatorAccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vault: KeyVault,
  ) {}

  /**
   * Offline operations on or off. The settings row is created if missing and then locked, so of two
   * concurrent "turn on" requests only one sees the change and emails the admins.
   */
  setOfflineOperations(operatorId: string, accountId: string, enabled: boolean): Promise<OfflineOperationsResponseDto> {
    if (!isUuid(accountId)) throw accountNotFound();
    return this.dataSource.transaction(async (m) => {
      if (!(await m.existsBy(BusinessAccountEntity, { id: accountId }))) throw accountNotFound();
      await m.query(`INSERT INTO account_settings (account_id) VALUES ($1) ON CONFLICT (account_id) DO NOTHING`, [accountId]);
      const [current]: Array<{ offline_operations_enabled: boolean }> = await m.query(
        `SELECT offline_operations_enabled FROM account_settings WHERE account_id = $1 FOR UPDATE`,
        [accountId],
      );
      if (current?.offline_operations_enabled !== enabled) {
        await m.update(AccountSettingsEntity, { accountId }, { offlineOperationsEnabled: enabled, updatedBy: operatorId });
        if (enabled) await appendEvent(m, { type: 'account.offline-operations-enabled', payload: { accountId, byUserId: operatorId } });
      }
      const settings = await m.findOneByOrFail(AccountSettingsEntity, { accountId });
      return { accountId, offlineOperationsEnabled: settings.offlineOperationsEnabled, updatedAt: settings.updatedAt.toISOString() };
    });
  }

  async getAccount(accountId: string): Promise<OperatorAccountResponseDto> {
    if (!isUuid(accountId)) throw accountNotFound();
    const account = await this.dataSource.getRepository(BusinessAccountEntity).findOneBy({ id: accountId });
    if (!account) throw accountNotFound();
    const [view] = await this.describe([account]);
    return view as OperatorAccountResponseDto;
  }

  async search(query: AccountSearchQueryDto): Promise<AccountSearchResponseDto> {
    if (!query.supportCode && !query.company) {
      throw AppException.badRequest(LicensingErrorCode.LOOKUP_CRITERIA_REQUIRED, 'Give supportCode or company');
    }
    const qb = this.dataSource.getRepository(BusinessAccountEntity).createQueryBuilder('a');
    if (query.supportCode) {
      const digits = query.supportCode.replace('-', '');
      qb.andWhere('a.supportCode = :code', { code: `${digits.slice(0, 5)}-${digits.slice(5)}` });
    }
    if (query.company) qb.andWhere(`a.companyName ILIKE :company ESCAPE '\\'`, { company: containsPattern(query.company) });
    const accounts = await qb.orderBy('a.companyName', 'ASC').addOrderBy('a.id', 'ASC').take(SEARCH_LIMIT).getMany();
    return { items: await this.describe(accounts) };
  }

  /** Any key, primary or sublicense: parsed and hashed, the clear key never stored nor logged. */
  async lookupKey(typedKey: string): Promise<KeyLookupResponseDto> {
    const keyHash = this.vault.hashTyped(typedKey);
    const key = await this.dataSource.getRepository(LicenseKeyEntity).findOneBy({ keyHash });
    if (!key) throw AppException.notFound(LicensingErrorCode.LICENSE_KEY_NOT_FOUND, 'No subscription has this license key');
    return {
      matchedKey: { id: key.id, type: key.kind, name: key.name },
      subscription: await loadOperatorView(this.dataSource.manager, this.vault, key.subscriptionId, utcToday()),
    };
  }

  private async describe(accounts: BusinessAccountEntity[]): Promise<OperatorAccountResponseDto[]> {
    if (accounts.length === 0) return [];
    const ids = accounts.map((a) => a.id);
    const [settings, subscriptions] = await Promise.all([
      this.dataSource.getRepository(AccountSettingsEntity).findBy({ accountId: In(ids) }),
      this.dataSource.getRepository(SubscriptionEntity).find({
        where: { accountId: In(ids) },
        relations: { product: true },
        order: { endsOn: 'ASC', id: 'ASC' },
      }),
    ]);
    const today = utcToday();
    return accounts.map((a) => ({
      id: a.id,
      companyName: a.companyName,
      country: a.country,
      supportCode: a.supportCode,
      offlineOperationsEnabled: settings.find((s) => s.accountId === a.id)?.offlineOperationsEnabled ?? false,
      createdAt: a.createdAt.toISOString(),
      subscriptions: subscriptions
        .filter((s) => s.accountId === a.id)
        .map((s) => ({ ...toSubscriptionSummary(s as SubscriptionWithProduct, today), account: toAccountRef(a) })),
    }));
  }
}
