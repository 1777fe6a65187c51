import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, licenseState, utcToday, type AccountScope } from '#common';
import { deactivateInstallations } from '#database';
import { appendEvents } from '#messaging';
import { KeyVault } from '../keys/key-vault.js';
import { LicensingErrorCode } from '../licensing.errors.js';
import { LicenseKeysRepository, type KeyWithUsage } from '../shared/license-keys.repository.js';
import type { LicenseKeyResponseDto } from '../shared/subscription.dto.js';
import { toLicenseKeyResponse, type SubscriptionWithProduct } from '../shared/subscription.mapper.js';
import { SubscriptionsRepository } from '../shared/subscriptions.repository.js';
import { checkQuotaChange, resolveExpiry } from './sublicense-rules.js';
import type { CreateSublicenseRequestDto, UpdateSublicenseRequestDto } from './sublicenses.dto.js';

const sublicenseNotFound = () => new DomainError(LicensingErrorCode.SUBLICENSE_NOT_FOUND, 'Sublicense not found');

/**
 * Sublicenses carved out of a subscription. Every change runs in one transaction that first locks
 * the subscription row, so the checks (vacant licenses, usage) and the write that depends on them
 * cannot interleave with another change: the quotas never add up to more than the quantity.
 */
@Injectable()
export class SublicensesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vault: KeyVault,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly keys: LicenseKeysRepository,
  ) {}

  create(accountId: AccountScope, subscriptionId: string, input: CreateSublicenseRequestDto): Promise<LicenseKeyResponseDto> {
    return this.dataSource.transaction(async (m) => {
      const today = utcToday();
      const subscription = await this.lockActive(m, accountId, subscriptionId, today);
      const keys = await this.keys.withUsage(accountId, subscription.id, m);
      checkQuotaChange({ primaryVacant: primaryVacant(keys), currentQuota: 0, newQuota: input.quota, used: 0 });
      const expiry = resolveExpiry(null, input, subscription.endsOn, today);
      const { keyHash, keyCiphertext, keyLast } = this.vault.issue();
      const name = input.name ?? `License Key ${keys.filter((k) => k.kind === 'reserved').length + 1}`;
      const keyId = await this.keys.insertSublicense(accountId, subscription.id, { name, quota: input.quota, ...expiry }, { keyHash, keyCiphertext, keyLast }, m);
      await this.keys.recomputePrimaryQuota(subscription.id, m);
      return this.view(m, accountId, subscription, keyId ?? '', today);
    });
  }

  update(accountId: AccountScope, subscriptionId: string, keyId: string, input: UpdateSublicenseRequestDto): Promise<LicenseKeyResponseDto> {
    return this.dataSource.transaction(async (m) => {
      const today = utcToday();
      const subscription = await this.lockActive(m, accountId, subscriptionId, today);
      const keys = await this.keys.withUsage(accountId, subscription.id, m);
      const key = findSublicense(keys, keyId);
      const quota = input.quota ?? key.quota;
      if (quota !== key.quota) checkQuotaChange({ primaryVacant: primaryVacant(keys), currentQuota: key.quota, newQuota: quota, used: key.used });
      const expiry = resolveExpiry(key, input, subscription.endsOn, today);
      await this.keys.updateSublicense(accountId, subscription.id, key.id, { name: input.name ?? key.name, quota, ...expiry }, m);
      await this.keys.recomputePrimaryQuota(subscription.id, m);
      return this.view(m, accountId, subscription, key.id, today);
    });
  }

  /** Deletes a sublicense: its installation is deactivated and its quota returns to the primary key. Any status. */
  remove(accountId: AccountScope, subscriptionId: string, keyId: string, byUserId: string): Promise<void> {
    return this.dataSource.transaction(async (m) => {
      const subscription = await this.subscriptions.get(accountId, subscriptionId, m, true);
      // Locking the key waits out an activation that is inserting an installation for it, so that
      // installation is seen and deactivated.
      await this.keys.lockSublicense(accountId, subscription.id, keyId, m);
      const key = findSublicense(await this.keys.withUsage(accountId, subscription.id, m), keyId);
      if (key.installationId) {
        const changed = await deactivateInstallations(m, { accountId, installationIds: [key.installationId], reason: 'sublicense-deleted', revokeCredential: false });
        await appendEvents(
          m,
          changed.map((c) => ({ type: 'installation.deactivated' as const, payload: { accountId, installationId: c.id, serverName: c.serverName, byUserId } })),
        );
      }
      await this.keys.deleteSublicense(accountId, subscription.id, key.id, m);
      await this.keys.recomputePrimaryQuota(subscription.id, m);
    });
  }

  private async lockActive(m: EntityManager, accountId: AccountScope, subscriptionId: string, today: string): Promise<SubscriptionWithProduct> {
    const subscription = await this.subscriptions.get(accountId, subscriptionId, m, true);
    const status = licenseState(subscription, today);
    if (status !== 'active') {
      throw new DomainError(LicensingErrorCode.SUBSCRIPTION_NOT_ACTIVE, `The subscription is ${status}: its license keys cannot be changed`, {
        status,
      });
    }
    return subscription;
  }

  private async view(m: EntityManager, accountId: AccountScope, subscription: SubscriptionWithProduct, keyId: string, today: string): Promise<LicenseKeyResponseDto> {
    const key = (await this.keys.withUsage(accountId, subscription.id, m)).find((k) => k.id === keyId);
    if (!key) throw sublicenseNotFound();
    // Only admins reach the sublicense routes: they see keys in full.
    return toLicenseKeyResponse(key, subscription.endsOn, today, this.vault, true);
  }
}

function primaryVacant(keys: KeyWithUsage[]): number {
  const primary = keys.find((k) => k.kind === 'primary');
  return primary ? Math.max(0, primary.quota - primary.used) : 0;
}

function findSublicense(keys: KeyWithUsage[], keyId: string): KeyWithUsage {
  const key = keys.find((k) => k.id === keyId && k.kind === 'reserved');
  if (!key) throw sublicenseNotFound();
  return key;
}
