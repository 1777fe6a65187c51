import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays, DomainError, utcToday, CommonErrorCode } from '#common';
import type { SubscriptionEntity, SubscriptionStatus } from '#database';
import { ProductsRepository } from '../catalogue/products.repository.js';
import { KeyVault } from '../keys/key-vault.js';
import { LicensingErrorCode } from '../licensing.errors.js';
import { LicenseKeysRepository } from '../shared/license-keys.repository.js';
import { SubscriptionsRepository } from '../shared/subscriptions.repository.js';
import { OperatorAccountsRepository } from './operator-accounts.repository.js';
import {
  TRIAL_DEFAULT_QUANTITY,
  TRIAL_MAX_DAYS,
  TRIAL_MAX_QUANTITY,
  type CreateSubscriptionRequestDto,
  type CreateSubscriptionResponseDto,
  type OperatorSubscriptionResponseDto,
  type RenewSubscriptionRequestDto,
  type UpdateSubscriptionRequestDto,
  type UpgradeSubscriptionRequestDto,
} from './operator-subscriptions.dto.js';
import { OperatorSubscriptionView } from './operator-view.js';

/** Which stored statuses each status change starts from. */
const TRANSITIONS: Record<'suspension' | 'reactivation' | 'cancellation', { from: SubscriptionStatus[]; to: SubscriptionStatus }> = {
  suspension: { from: ['active'], to: 'suspended' },
  reactivation: { from: ['suspended'], to: 'active' },
  cancellation: { from: ['active', 'suspended'], to: 'cancelled' },
};

/**
 * The operators' changes to subscriptions. Each runs in one transaction that locks the
 * subscription row (the same lock sublicense changes take) and appends to the order history.
 */
@Injectable()
export class OperatorSubscriptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vault: KeyVault,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly keys: LicenseKeysRepository,
    private readonly products: ProductsRepository,
    private readonly accounts: OperatorAccountsRepository,
    private readonly views: OperatorSubscriptionView,
  ) {}

  async create(operatorId: string, input: CreateSubscriptionRequestDto): Promise<CreateSubscriptionResponseDto> {
    const today = utcToday();
    const isTrial = input.isTrial ?? false;
    const startsOn = input.startsOn ?? today;
    const quantity = input.quantity ?? TRIAL_DEFAULT_QUANTITY;
    const endsOn = input.endsOn;
    if (endsOn < startsOn) throw new DomainError(LicensingErrorCode.INVALID_PERIOD, 'endsOn cannot be before startsOn', { startsOn, endsOn });
    if (isTrial && (quantity > TRIAL_MAX_QUANTITY || endsOn > addDays(startsOn, TRIAL_MAX_DAYS - 1))) {
      throw new DomainError(
        LicensingErrorCode.TRIAL_LIMIT_EXCEEDED,
        `A trial has at most ${TRIAL_MAX_QUANTITY} licenses for at most ${TRIAL_MAX_DAYS} days`,
        { maxQuantity: TRIAL_MAX_QUANTITY, maxDays: TRIAL_MAX_DAYS },
      );
    }
    return this.dataSource.transaction(async (m) => {
      const product = await this.products.findByCode(input.productCode ?? 'mac-management', m);
      if (!product) throw new DomainError(LicensingErrorCode.PRODUCT_NOT_FOUND, 'No product has this code');
      const accountId = input.accountId ?? null;
      if (accountId && !(await this.accounts.exists(accountId, m))) {
        throw new DomainError(CommonErrorCode.ACCOUNT_NOT_FOUND, 'Business account not found');
      }
      const subscription = await this.subscriptions.insert(
        {
          accountId,
          productId: product.id,
          name: input.name ?? `${product.name} ${isTrial ? 'Trial' : 'Subscription'}`,
          quantity,
          startsOn,
          endsOn,
          renewalEnabled: input.renewalEnabled ?? false,
          isTrial,
          contractNumber: input.contractNumber ?? null,
          salesChannel: input.salesChannel ?? 'direct',
          resellerName: input.resellerName ?? null,
          contractTerms: input.contractTerms ?? null,
          registeredAt: accountId ? new Date() : null,
        },
        m,
      );
      const { key, keyHash, keyCiphertext, keyLast } = this.vault.issue();
      await this.keys.insertPrimary(subscription.id, quantity, { keyHash, keyCiphertext, keyLast }, m);
      await this.subscriptions.appendOrder(
        subscription.id,
        operatorId,
        { kind: isTrial ? 'trial' : 'purchase', quantityChange: quantity, endsOnAfter: endsOn, reference: input.reference },
        m,
      );
      return { id: subscription.id, key, subscription: await this.views.load(m, subscription.id, today) };
    });
  }

  get(subscriptionId: string): Promise<OperatorSubscriptionResponseDto> {
    return this.views.load(this.dataSource.manager, subscriptionId, utcToday());
  }

  /** Renewal flag, display name and contract details: no order of their own. */
  update(subscriptionId: string, input: UpdateSubscriptionRequestDto): Promise<OperatorSubscriptionResponseDto> {
    return this.dataSource.transaction(async (m) => {
      const s = await this.subscriptions.getAcrossAccounts(subscriptionId, m, true);
      const changes: Partial<SubscriptionEntity> = {};
      if (input.name !== undefined) changes.name = input.name;
      if (input.renewalEnabled !== undefined) changes.renewalEnabled = input.renewalEnabled;
      if (input.contractNumber !== undefined) changes.contractNumber = input.contractNumber;
      if (input.salesChannel !== undefined) changes.salesChannel = input.salesChannel;
      if (input.resellerName !== undefined) changes.resellerName = input.resellerName;
      if (input.contractTerms !== undefined) changes.contractTerms = input.contractTerms;
      if (Object.keys(changes).length > 0) await this.subscriptions.updateAcrossAccounts(s.id, changes, m);
      return this.views.load(m, s.id, utcToday());
    });
  }

  upgrade(operatorId: string, subscriptionId: string, input: UpgradeSubscriptionRequestDto): Promise<OperatorSubscriptionResponseDto> {
    return this.dataSource.transaction(async (m) => {
      const s = await this.subscriptions.getAcrossAccounts(subscriptionId, m, true);
      refuseCancelled(s.status);
      await this.subscriptions.updateAcrossAccounts(s.id, { quantity: s.quantity + input.additionalQuantity }, m);
      await this.keys.recomputePrimaryQuota(s.id, m);
      await this.subscriptions.appendOrder(s.id, operatorId, { kind: 'upgrade', quantityChange: input.additionalQuantity, reference: input.reference }, m);
      return this.views.load(m, s.id, utcToday());
    });
  }

  /** A new end date. Sublicenses that renew with the subscription follow (they carry no date); the others keep theirs. */
  renew(operatorId: string, subscriptionId: string, input: RenewSubscriptionRequestDto): Promise<OperatorSubscriptionResponseDto> {
    return this.dataSource.transaction(async (m) => {
      const s = await this.subscriptions.getAcrossAccounts(subscriptionId, m, true);
      refuseCancelled(s.status);
      if (input.endsOn <= s.endsOn) {
        throw new DomainError(LicensingErrorCode.RENEWAL_NOT_LATER, `The new end date must be later than the current one (${s.endsOn})`, { currentEndsOn: s.endsOn });
      }
      await this.subscriptions.updateAcrossAccounts(s.id, { endsOn: input.endsOn }, m);
      await this.subscriptions.appendOrder(s.id, operatorId, { kind: 'renewal', endsOnBefore: s.endsOn, endsOnAfter: input.endsOn, reference: input.reference }, m);
      return this.views.load(m, s.id, utcToday());
    });
  }

  changeStatus(
    operatorId: string,
    subscriptionId: string,
    kind: keyof typeof TRANSITIONS,
    reference: string | undefined,
  ): Promise<OperatorSubscriptionResponseDto> {
    const transition = TRANSITIONS[kind];
    return this.dataSource.transaction(async (m) => {
      const s = await this.subscriptions.getAcrossAccounts(subscriptionId, m, true);
      if (!transition.from.includes(s.status)) {
        throw new DomainError(
          LicensingErrorCode.INVALID_STATUS_TRANSITION,
          `A ${s.status} subscription cannot be ${transition.to}`,
          { status: s.status, to: transition.to },
        );
      }
      await this.subscriptions.updateAcrossAccounts(s.id, { status: transition.to }, m);
      await this.subscriptions.appendOrder(s.id, operatorId, { kind, reference }, m);
      return this.views.load(m, s.id, utcToday());
    });
  }
}

function refuseCancelled(status: SubscriptionStatus): void {
  if (status === 'cancelled') throw new DomainError(LicensingErrorCode.SUBSCRIPTION_CANCELLED, 'The subscription is cancelled');
}
