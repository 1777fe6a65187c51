import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, CommonErrorCode, utcToday } from '#common';
import { createBusinessAccount } from '#database';
import { KeyVault } from '../keys/key-vault.js';
import { LicensingErrorCode } from '../licensing.errors.js';
import { LicenseKeysRepository } from '../shared/license-keys.repository.js';
import { MembershipsRepository } from '../shared/memberships.repository.js';
import { toSubscriptionSummary } from '../shared/subscription.mapper.js';
import { SubscriptionsRepository } from '../shared/subscriptions.repository.js';
import { KeyRegistrationLimiter } from './key-registration-limiter.js';
import type { RegisterLicenseKeyRequestDto, RegistrationResponseDto } from './registration.dto.js';

/**
 * Registering a primary key binds its subscription to a business account, once. With business
 * details, the account is created (the caller its admin) in the same transaction, so a refused
 * registration leaves no account behind. The subscription row is locked: of two concurrent
 * registrations of one key exactly one wins.
 */
@Injectable()
export class RegistrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vault: KeyVault,
    private readonly limiter: KeyRegistrationLimiter,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly keys: LicenseKeysRepository,
    private readonly memberships: MembershipsRepository,
  ) {}

  /** Failed attempts count against the caller's and the client's limits (429 once used up); a success gives its count back. */
  async register(userId: string, clientIp: string, input: RegisterLicenseKeyRequestDto): Promise<RegistrationResponseDto> {
    const ticket = await this.limiter.consume(clientIp, userId);
    const registered = await this.attempt(userId, input);
    await ticket.release();
    return registered;
  }

  private async attempt(userId: string, input: RegisterLicenseKeyRequestDto): Promise<RegistrationResponseDto> {
    if ((input.accountId === undefined) === (input.business === undefined)) {
      throw new DomainError(
        LicensingErrorCode.REGISTRATION_TARGET_REQUIRED,
        'Give either accountId (an account you administer) or business (details of a new business account)',
      );
    }
    const keyHash = this.vault.hashTyped(input.key);
    return this.dataSource.transaction(async (m) => {
      if (input.accountId) await assertAdmin(this.memberships, m, input.accountId, userId);
      const subscriptionId = await findPrimaryKeySubscription(this.keys, m, keyHash);
      const subscription = await this.subscriptions.getAcrossAccounts(subscriptionId, m, true);
      // Same answer whoever holds it, the caller's own account included: nothing about the holder leaks.
      if (subscription.accountId !== null) {
        throw new DomainError(LicensingErrorCode.LICENSE_KEY_ALREADY_REGISTERED, 'This license key is already registered');
      }
      if (subscription.status === 'cancelled') {
        throw new DomainError(LicensingErrorCode.SUBSCRIPTION_CANCELLED, 'The subscription of this license key was cancelled');
      }
      let accountId = input.accountId;
      if (!accountId) {
        const { scope } = await createBusinessAccount(m, input.business!, userId);
        accountId = scope;
      }
      await this.subscriptions.register(subscription.id, accountId, m);
      return {
        accountId,
        accountCreated: !input.accountId,
        subscription: toSubscriptionSummary({ ...subscription, accountId }, utcToday()),
      };
    });
  }
}

async function assertAdmin(memberships: MembershipsRepository, m: EntityManager, accountId: string, userId: string): Promise<void> {
  const membership = await memberships.find(accountId, userId, m);
  if (!membership) throw new DomainError(CommonErrorCode.ACCOUNT_NOT_FOUND, 'Business account not found');
  if (membership.status !== 'active') {
    throw new DomainError(CommonErrorCode.MEMBERSHIP_BLOCKED, 'Your access to this business account is blocked');
  }
  if (membership.role !== 'admin') {
    throw new DomainError(CommonErrorCode.ADMIN_REQUIRED, 'Only account administrators may register license keys');
  }
}

async function findPrimaryKeySubscription(keys: LicenseKeysRepository, m: EntityManager, keyHash: string): Promise<string> {
  const key = await keys.findByKeyHash(keyHash, m);
  if (!key) throw new DomainError(CommonErrorCode.LICENSE_KEY_NOT_FOUND, 'No subscription has this license key');
  if (key.kind !== 'primary') {
    throw new DomainError(
      LicensingErrorCode.LICENSE_KEY_NOT_PRIMARY,
      'This is a sublicense key: it activates a proxy server but cannot be registered. Register the subscription\'s primary key.',
    );
  }
  return key.subscriptionId;
}
