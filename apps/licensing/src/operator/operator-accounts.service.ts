import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, utcToday, CommonErrorCode } from '#common';
import { appendEvent } from '#messaging';
import { KeyVault } from '../keys/key-vault.js';
import { LicenseKeysRepository } from '../shared/license-keys.repository.js';
import type { KeyLookupResponseDto, OfflineOperationsResponseDto } from './operator-accounts.dto.js';
import { OperatorAccountsRepository } from './operator-accounts.repository.js';
import { OperatorSubscriptionView } from './operator-view.js';

const accountNotFound = () => new DomainError(CommonErrorCode.ACCOUNT_NOT_FOUND, 'Business account not found');

/** Operators' look-ups and per-account licensing switches. */
@Injectable()
export class OperatorAccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vault: KeyVault,
    private readonly accounts: OperatorAccountsRepository,
    private readonly keys: LicenseKeysRepository,
    private readonly views: OperatorSubscriptionView,
  ) {}

  /**
   * Offline operations on or off. The settings row is created if missing and then locked, so of two
   * concurrent "turn on" requests only one sees the change and emails the admins.
   */
  setOfflineOperations(operatorId: string, accountId: string, enabled: boolean): Promise<OfflineOperationsResponseDto> {
    return this.dataSource.transaction(async (m) => {
      if (!(await this.accounts.exists(accountId, m))) throw accountNotFound();
      const current = await this.accounts.lockOfflineOperations(accountId, m);
      if (current !== enabled) {
        await this.accounts.setOfflineOperations(accountId, enabled, operatorId, m);
        if (enabled) await appendEvent(m, { type: 'account.offline-operations-enabled', payload: { accountId, byUserId: operatorId } });
      }
      const settings = await this.accounts.lockedSettings(accountId, m);
      return { accountId, offlineOperationsEnabled: settings.offlineOperationsEnabled, updatedAt: settings.updatedAt.toISOString() };
    });
  }

  /** The account's offline-operations switch; without a settings row it has been off since the account was created. */
  async getOfflineOperations(accountId: string): Promise<OfflineOperationsResponseDto> {
    const account = await this.accounts.find(accountId);
    if (!account) throw accountNotFound();
    const settings = await this.accounts.settings(accountId);
    return {
      accountId,
      offlineOperationsEnabled: settings?.offlineOperationsEnabled ?? false,
      updatedAt: (settings?.updatedAt ?? account.createdAt).toISOString(),
    };
  }

  /** Any key, primary or sublicense: parsed and hashed, the clear key never stored nor logged. */
  async lookupKey(typedKey: string): Promise<KeyLookupResponseDto> {
    const keyHash = this.vault.hashTyped(typedKey);
    const key = await this.keys.findByKeyHash(keyHash);
    if (!key) throw new DomainError(CommonErrorCode.LICENSE_KEY_NOT_FOUND, 'No subscription has this license key');
    return {
      matchedKey: { id: key.id, keyKind: key.kind, name: key.name },
      subscription: await this.views.load(this.dataSource.manager, key.subscriptionId, utcToday()),
    };
  }
}
