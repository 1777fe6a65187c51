import { AccountSettingsEntity } from './account-settings.entity.js';
import { BusinessAccountEntity } from './business-account.entity.js';
import { EmailDeliveryEntity } from './email-delivery.entity.js';
import { ExpiryReminderEntity } from './expiry-reminder.entity.js';
import { InstallationEntity } from './installation.entity.js';
import { LicenseBreachEntity } from './license-breach.entity.js';
import { OfflineRequestNonceEntity } from './offline-request-nonce.entity.js';
import { UsageReportEntity } from './usage-report.entity.js';
import { LicenseKeyEntity } from './license-key.entity.js';
import { MembershipEntity } from './membership.entity.js';
import { OutboxEventEntity } from './outbox-event.entity.js';
import { ProductEntity } from './product.entity.js';
import { SubscriptionOrderEntity } from './subscription-order.entity.js';
import { SubscriptionEntity } from './subscription.entity.js';
import { UserEntity } from './user.entity.js';
import { InvitationEntity } from './invitation.entity.js';
import { PasswordResetTokenEntity } from './password-reset-token.entity.js';
import { EmailChangeTokenEntity } from './email-change-token.entity.js';
import { RetiredRefreshTokenEntity } from './retired-refresh-token.entity.js';
import { SessionEntity } from './session.entity.js';
import { DownloadEntity } from './download.entity.js';
import { ProductSupportContactEntity } from './product-support-contact.entity.js';
import { MdmPushCertificateRequestEntity } from './mdm-push-certificate-request.entity.js';
import { MdmVendorCertificateWarningEntity } from './mdm-vendor-certificate-warning.entity.js';
import { UserIdentityEntity } from './user-identity.entity.js';
import { AccountSsoConfigEntity } from './account-sso-config.entity.js';

export * from './account-settings.entity.js';
export * from './business-account.entity.js';
export * from './email-delivery.entity.js';
export * from './expiry-reminder.entity.js';
export * from './installation.entity.js';
export * from './license-breach.entity.js';
export * from './offline-request-nonce.entity.js';
export * from './usage-report.entity.js';
export * from './license-key.entity.js';
export * from './membership.entity.js';
export * from './outbox-event.entity.js';
export * from './product.entity.js';
export * from './subscription-order.entity.js';
export * from './subscription.entity.js';
export * from './user.entity.js';
export * from './invitation.entity.js';
export * from './password-reset-token.entity.js';
export * from './email-change-token.entity.js';
export * from './retired-refresh-token.entity.js';
export * from './session.entity.js';
export * from './download.entity.js';
export * from './product-support-contact.entity.js';
export * from './mdm-push-certificate-request.entity.js';
export * from './mdm-vendor-certificate-warning.entity.js';
export * from './user-identity.entity.js';
export * from './account-sso-config.entity.js';

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
  UsageReportEntity,
  LicenseBreachEntity,
  OfflineRequestNonceEntity,
  OutboxEventEntity,
  EmailDeliveryEntity,
  ExpiryReminderEntity,
  SessionEntity,
  RetiredRefreshTokenEntity,
  PasswordResetTokenEntity,
  EmailChangeTokenEntity,
  InvitationEntity,
  DownloadEntity,
  ProductSupportContactEntity,
  MdmPushCertificateRequestEntity,
  MdmVendorCertificateWarningEntity,
  UserIdentityEntity,
  AccountSsoConfigEntity,
];
