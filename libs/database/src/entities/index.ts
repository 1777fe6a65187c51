import { AccountSettingsEntity } from './account-settings.entity.js';
import { BusinessAccountEntity } from './business-account.entity.js';
import { EmailDeliveryEntity } from './email-delivery.entity.js';
import { InstallationEntity } from './installation.entity.js';
import { LicenseKeyEntity } from './license-key.entity.js';
import { MembershipEntity } from './membership.entity.js';
import { OutboxEventEntity } from './outbox-event.entity.js';
import { ProductEntity } from './product.entity.js';
import { SubscriptionOrderEntity } from './subscription-order.entity.js';
import { SubscriptionEntity } from './subscription.entity.js';
import { UserEntity } from './user.entity.js';

export * from './account-settings.entity.js';
export * from './business-account.entity.js';
export * from './email-delivery.entity.js';
export * from './installation.entity.js';
export * from './license-key.entity.js';
export * from './membership.entity.js';
export * from './outbox-event.entity.js';
export * from './product.entity.js';
export * from './subscription-order.entity.js';
export * from './subscription.entity.js';
export * from './user.entity.js';

/** Every entity of the shared schema. A new entity is added here and gets a migration. */
export const ENTITIES = [
  UserEntity,
  BusinessAccountEntity,
  MembershipEntity,
  AccountSettingsEntity,
  ProductEntity,
  SubscriptionEntity,
  SubscriptionOrderEntity,
  LicenseKeyEntity,
  InstallationEntity,
  OutboxEventEntity,
  EmailDeliveryEntity,
];
