import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, isUuid, licenseState, utcToday } from '#common';
import { deactivateInstallations, LicenseKeyEntity } from '#database';
import { appendEvents } from '#messaging';
import { KeyVault } from '../keys/key-vault.js';
import { LicensingErrorCode } from '../licensing.errors.js';
import { loadKeysWithUsage, recomputePrimaryQuota, type KeyWithUsage } from '../shared/license-keys.repository.js';
import type { LicenseKeyResponseDto } from '../shared/subscription.dto.js';
import { toLicenseKeyResponse, type SubscriptionWithProduct } from '../shared/subscription.mapper.js';
import { findSubscription } from '../shared/subscriptions.repository.js';
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
  ) {}

  create(accountId: string, subscriptionId: string, input: CreateSublicenseRequestDto): Promise<LicenseKeyResponseDto> {
    return this.dataSource.transaction(async (m) => {
      const today = utcToday();
      const subscription = await this.lockActive(m, accountId, subscriptionId, today);
      const keys = await loadKeysWithUsage(m, subscription.id);
      checkQuotaChange({ primaryVacant: primaryVacant(keys), currentQuota: 0, newQuota: input.quota, used: 0 });
      const expiry = resolveExpiry(null, input, subscription.endsOn, today);
      const issued = this.vault.issue();
      const saved = await m.save(
        m.create(LicenseKeyEntity, {
          subscriptionId: subscription.id,
          kind: 'reserved',
          name: input.name ?? `License Key ${keys.filter((k) => k.kind === 'reserved').length + 1}`,
          quota: input.quota,
          ...expiry,
          keyHash: issued.keyHash,
          keyCiphertext: issued.keyCiphertext,
          keyLast: issued.keyLast,
        }),
      );
      await recomputePrimaryQuota(m, subscription.id);
      return this.view(m, subscription, saved.id, today);
    });
  }

  update(accountId: string, subscriptionId: string, keyId: string, input: UpdateSublicenseRequestDto): Promise<LicenseKeyResponseDto> {
    return this.dataSource.transaction(async (m) => {
      const today = utcToday();
      const subscription = await this.lockActive(m, accountId, subscriptionId, today);
      const keys = await loadKeysWithUsage(m, subscription.id);
      const key = findSublicense(keys, keyId);
      const quota = input.quota ?? key.quota;
      if (quota !== key.quota) checkQuotaChange({ primaryVacant: primaryVacant(keys), currentQuota: key.quota, newQuota: quota, used: key.used });
      const expiry = resolveExpiry(key, input, subscription.endsOn, today);
      await m.update(LicenseKeyEntity, { id: key.id, subscriptionId: subscription.id }, { name: input.name ?? key.name, quota, ...expiry });
      await recomputePrimaryQuota(m, subscription.id);
      return this.view(m, subscription, key.id, today);
    });
  }

  /** Deletes a sublicense: its installation is deactivated and its quota returns to the primary key. Any status. */
  remove(accountId: string, subscriptionId: string, keyId: string, byUserId: string): Promise<void> {
    return this.dataSource.transaction(async (m) => {
      const subscription = await findSubscription(m, subscriptionId, accountId, true);
      // Locking the key waits out an activation that is inserting an installation for it (its
      // foreign-key check holds a share lock on the key), so that installation is seen and deactivated.
      if (isUuid(keyId)) {
        await m.query(`SELECT id FROM license_keys WHERE id = $1 AND subscription_id = $2 AND kind = 'reserved' FOR UPDATE`, [keyId, subscription.id]);
      }
      const key = findSublicense(await loadKeysWithUsage(m, subscription.id), keyId);
      if (key.installationId) {
        const changed = await deactivateInstallations(m, { accountId, installationIds: [key.installationId], reason: 'sublicense-deleted', revokeCredential: false });
        await appendEvents(
          m,
          changed.map((c) => ({ type: 'installation.deactivated' as const, payload: { accountId, installationId: c.id, serverName: c.serverName, byUserId } })),
        );
      }
      await m.delete(LicenseKeyEntity, { id: key.id, subscriptionId: subscription.id, kind: 'reserved' });
      await recomputePrimaryQuota(m, subscription.id);
    });
  }

  private async lockActive(m: EntityManager, accountId: string, subscriptionId: string, today: string): Promise<SubscriptionWithProduct> {
    const subscription = await findSubscription(m, subscriptionId, accountId, true);
    const status = licenseState(subscription, today);
    if (status !== 'active') {
      throw new DomainError(LicensingErrorCode.SUBSCRIPTION_NOT_ACTIVE, `The subscription is ${status}: its license keys cannot be changed`, {
        status,
      });
    }
    return subscription;
  }

  private async view(m: EntityManager, subscription: SubscriptionWithProduct, keyId: string, today: string): Promise<LicenseKeyResponseDto> {
    const key = (await loadKeysWithUsage(m, subscription.id)).find((k) => k.id === keyId);
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
  const key = isUuid(keyId) ? keys.find((k) => k.id === keyId && k.kind === 'reserved') : undefined;
  if (!key) throw sublicenseNotFound();
  return key;
}
