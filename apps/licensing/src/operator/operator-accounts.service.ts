import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, isUuid, utcToday, CommonErrorCode } from '#common';
import { AccountSettingsEntity, BusinessAccountEntity, LicenseKeyEntity } from '#database';
import { appendEvent } from '#messaging';
import { KeyVault } from '../keys/key-vault.js';
import type { KeyLookupResponseDto, OfflineOperationsResponseDto } from './operator-accounts.dto.js';
import { loadOperatorView } from './operator-view.js';

const accountNotFound = () => new DomainError(CommonErrorCode.ACCOUNT_NOT_FOUND, 'Business account not found');

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

  /** The account's offline-operations switch; without a settings row it has been off since the account was created. */
  async getOfflineOperations(accountId: string): Promise<OfflineOperationsResponseDto> {
    if (!isUuid(accountId)) throw accountNotFound();
    const account = await this.dataSource.getRepository(BusinessAccountEntity).findOneBy({ id: accountId });
    if (!account) throw accountNotFound();
    const settings = await this.dataSource.getRepository(AccountSettingsEntity).findOneBy({ accountId });
    return {
      accountId,
      offlineOperationsEnabled: settings?.offlineOperationsEnabled ?? false,
      updatedAt: (settings?.updatedAt ?? account.createdAt).toISOString(),
    };
  }

  /** Any key, primary or sublicense: parsed and hashed, the clear key never stored nor logged. */
  async lookupKey(typedKey: string): Promise<KeyLookupResponseDto> {
    const keyHash = this.vault.hashTyped(typedKey);
    const key = await this.dataSource.getRepository(LicenseKeyEntity).findOneBy({ keyHash });
    if (!key) throw new DomainError(CommonErrorCode.LICENSE_KEY_NOT_FOUND, 'No subscription has this license key');
    return {
      matchedKey: { id: key.id, keyKind: key.kind, name: key.name },
      subscription: await loadOperatorView(this.dataSource.manager, this.vault, key.subscriptionId, utcToday()),
    };
  }
}
