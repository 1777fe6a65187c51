import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { addDays, DomainError, utcToday, CommonErrorCode } from '#common';
import {
  BusinessAccountEntity,
  LicenseKeyEntity,
  ProductEntity,
  SubscriptionEntity,
  SubscriptionOrderEntity,
  type OrderKind,
  type SubscriptionStatus,
} from '#database';
import { KeyVault } from '../keys/key-vault.js';
import { LicensingErrorCode } from '../licensing.errors.js';
import { recomputePrimaryQuota } from '../shared/license-keys.repository.js';
import { findSubscription } from '../shared/subscriptions.repository.js';
import {
  TRIAL_DEFAULT_DAYS,
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
import { loadOperatorView } from './operator-view.js';

interface OrderFacts {
  kind: OrderKind;
  quantityChange?: number;
  endsOnBefore?: string | null;
  endsOnAfter?: string | null;
  reference?: string | null;
}

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
  ) {}

  async create(operatorId: string, input: CreateSubscriptionRequestDto): Promise<CreateSubscriptionResponseDto> {
    const today = utcToday();
    const isTrial = input.isTrial ?? false;
    const startsOn = input.startsOn ?? today;
    const quantity = input.quantity ?? TRIAL_DEFAULT_QUANTITY;
    const endsOn = input.endsOn ?? addDays(startsOn, TRIAL_DEFAULT_DAYS - 1);
    if (endsOn < startsOn) throw new DomainError(LicensingErrorCode.INVALID_PERIOD, 'endsOn cannot be before startsOn', { startsOn, endsOn });
    if (isTrial && (quantity > TRIAL_MAX_QUANTITY || endsOn > addDays(startsOn, TRIAL_MAX_DAYS - 1))) {
      throw new DomainError(
        LicensingErrorCode.TRIAL_LIMIT_EXCEEDED,
        `A trial has at most ${TRIAL_MAX_QUANTITY} licenses for at most ${TRIAL_MAX_DAYS} days`,
        { maxQuantity: TRIAL_MAX_QUANTITY, maxDays: TRIAL_MAX_DAYS },
      );
    }
    return this.dataSource.transaction(async (m) => {
      const product = await m.findOneBy(ProductEntity, { code: input.productCode ?? 'mac-management' });
      if (!product) throw new DomainError(LicensingErrorCode.PRODUCT_NOT_FOUND, 'No product has this code');
      const accountId = input.accountId ?? null;
      if (accountId && !(await m.existsBy(BusinessAccountEntity, { id: accountId }))) {
        throw new DomainError(CommonErrorCode.ACCOUNT_NOT_FOUND, 'Business account not found');
      }
      const subscription = await m.save(
        m.create(SubscriptionEntity, {
          accountId,
          productId: product.id,
          name: input.name ?? `${product.name} ${isTrial ? 'Trial' : 'Subscription'}`,
          quantity,
          startsOn,
          endsOn,
          renewalEnabled: input.renewalEnabled ?? false,
          status: 'active',
          isTrial,
          contractNumber: input.contractNumber ?? null,
          salesChannel: input.salesChannel ?? 'direct',
          resellerName: input.resellerName ?? null,
          contractTerms: input.contractTerms ?? null,
          registeredAt: accountId ? new Date() : null,
        }),
      );
      const issued = this.vault.issue();
      await m.save(
        m.create(LicenseKeyEntity, {
          subscriptionId: subscription.id,
          kind: 'primary',
          name: 'Primary Key',
          quota: quantity,
          renewsWithSubscription: true,
          expiresOn: null,
          keyHash: issued.keyHash,
          keyCiphertext: issued.keyCiphertext,
          keyLast: issued.keyLast,
        }),
      );
      await appendOrder(m, subscription.id, operatorId, {
        kind: isTrial ? 'trial' : 'purchase',
        quantityChange: quantity,
        endsOnAfter: endsOn,
        reference: input.reference,
      });
      return { id: subscription.id, key: issued.key, subscription: await loadOperatorView(m, this.vault, subscription.id, today) };
    });
  }

  get(subscriptionId: string): Promise<OperatorSubscriptionResponseDto> {
    return loadOperatorView(this.dataSource.manager, this.vault, subscriptionId, utcToday());
  }

  /** Renewal flag, display name and contract details: no order of their own. */
  update(subscriptionId: string, input: UpdateSubscriptionRequestDto): Promise<OperatorSubscriptionResponseDto> {
    return this.dataSource.transaction(async (m) => {
      const s = await findSubscription(m, subscriptionId, null, true);
      const changes: Partial<SubscriptionEntity> = {};
      if (input.name !== undefined) changes.name = input.name;
      if (input.renewalEnabled !== undefined) changes.renewalEnabled = input.renewalEnabled;
      if (input.contractNumber !== undefined) changes.contractNumber = input.contractNumber;
      if (input.salesChannel !== undefined) changes.salesChannel = input.salesChannel;
      if (input.resellerName !== undefined) changes.resellerName = input.resellerName;
      if (input.contractTerms !== undefined) changes.contractTerms = input.contractTerms;
      if (Object.keys(changes).length > 0) await m.update(SubscriptionEntity, { id: s.id }, changes);
      return loadOperatorView(m, this.vault, s.id, utcToday());
    });
  }

  upgrade(operatorId: string, subscriptionId: string, input: UpgradeSubscriptionRequestDto): Promise<OperatorSubscriptionResponseDto> {
    return this.dataSource.transaction(async (m) => {
      const s = await findSubscription(m, subscriptionId, null, true);
      refuseCancelled(s.status);
      await m.update(SubscriptionEntity, { id: s.id }, { quantity: s.quantity + input.additionalQuantity });
      await recomputePrimaryQuota(m, s.id);
      await appendOrder(m, s.id, operatorId, { kind: 'upgrade', quantityChange: input.additionalQuantity, reference: input.reference });
      return loadOperatorView(m, this.vault, s.id, utcToday());
    });
  }

  /** A new end date. Sublicenses that renew with the subscription follow (they carry no date); the others keep theirs. */
  renew(operatorId: string, subscriptionId: string, input: RenewSubscriptionRequestDto): Promise<OperatorSubscriptionResponseDto> {
    return this.dataSource.transaction(async (m) => {
      const s = await findSubscription(m, subscriptionId, null, true);
      refuseCancelled(s.status);
      if (input.endsOn <= s.endsOn) {
        throw new DomainError(LicensingErrorCode.RENEWAL_NOT_LATER, `The new end date must be later than the current one (${s.endsOn})`, { currentEndsOn: s.endsOn });
      }
      await m.update(SubscriptionEntity, { id: s.id }, { endsOn: input.endsOn });
      await appendOrder(m, s.id, operatorId, { kind: 'renewal', endsOnBefore: s.endsOn, endsOnAfter: input.endsOn, reference: input.reference });
      return loadOperatorView(m, this.vault, s.id, utcToday());
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
      const s = await findSubscription(m, subscriptionId, null, true);
      if (!transition.from.includes(s.status)) {
        throw new DomainError(
          LicensingErrorCode.INVALID_STATUS_TRANSITION,
          `A ${s.status} subscription cannot be ${transition.to}`,
          { status: s.status, to: transition.to },
        );
      }
      await m.update(SubscriptionEntity, { id: s.id }, { status: transition.to });
      await appendOrder(m, s.id, operatorId, { kind, reference });
      return loadOperatorView(m, this.vault, s.id, utcToday());
    });
  }
}

function refuseCancelled(status: SubscriptionStatus): void {
  if (status === 'cancelled') throw new DomainError(LicensingErrorCode.SUBSCRIPTION_CANCELLED, 'The subscription is cancelled');
}

async function appendOrder(m: EntityManager, subscriptionId: string, operatorId: string, facts: OrderFacts): Promise<void> {
  await m.save(
    m.create(SubscriptionOrderEntity, {
      subscriptionId,
      kind: facts.kind,
      quantityChange: facts.quantityChange ?? 0,
      endsOnBefore: facts.endsOnBefore ?? null,
      endsOnAfter: facts.endsOnAfter ?? null,
      reference: facts.reference ?? null,
      performedBy: operatorId,
    }),
  );
}
