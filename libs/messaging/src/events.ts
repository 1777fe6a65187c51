/**
 * Every event the services exchange, as one discriminated union on `type`.
 * Payloads carry ids and the few facts a consumer needs; recipients named by role ("the account's
 * admins") are resolved by the consumer at send time, not frozen here.
 *
 * Tokens in payloads (password reset, invitation) are the raw single-use secrets that the emailed
 * link must carry; the database keeps only their hashes, and the outbox row is the one place the raw
 * value rests until the email is sent.
 */

/** A person signed up. Email: welcome. */
export interface UserRegisteredEvent {
  type: 'user.registered';
  payload: { userId: string; email: string; firstName: string; lastName: string };
}

/** Forgot password. Email: password reset link. */
export interface PasswordResetRequestedEvent {
  type: 'user.password-reset-requested';
  payload: { userId: string; email: string; firstName: string; token: string; expiresAt: string };
}

/** A person asked to change their email. Email: the confirmation link, to the new address. */
export interface EmailChangeRequestedEvent {
  type: 'user.email-change-requested';
  payload: { userId: string; newEmail: string; firstName: string; token: string; expiresAt: string };
}

/** The new address was confirmed and is now the sign-in email. Email: a notice to the old address. */
export interface EmailChangedEvent {
  type: 'user.email-changed';
  payload: { userId: string; oldEmail: string; newEmail: string; firstName: string };
}

/**
 * A way to sign in was added to a user (a provider identity linked, or a password set), or a
 * provider identity was unlinked. Email: the user, so that a change they did not make is noticed.
 */
export interface SignInMethodChangedEvent {
  type: 'user.sign-in-method-linked' | 'user.identity-unlinked';
  /** `method`: what a person reads, e.g. "Google", "Facebook", "Single sign-on (Acme Inc.)", "Password". */
  payload: { userId: string; email: string; firstName: string; method: string; at: string };
}

/** An admin invited someone. Email: invitation link. */
export interface InvitationCreatedEvent {
  type: 'account.invitation-created';
  payload: {
    invitationId: string;
    accountId: string;
    email: string;
    token: string;
    expiresAt: string;
    invitedByName: string;
  };
}

/** Membership changes that the affected user is told about. */
export interface MembershipChangedEvent {
  type: 'membership.blocked' | 'membership.unblocked' | 'membership.removed';
  payload: { accountId: string; userId: string; email: string; firstName: string; byUserId: string };
}

/** An operator turned offline operations on. Email: the account's admins. */
export interface OfflineOperationsEnabledEvent {
  type: 'account.offline-operations-enabled';
  payload: { accountId: string; byUserId: string };
}

/** A usage report showed more managed computers than the key's quota (once per breach). Email: admins. */
export interface LicenseLimitExceededEvent {
  type: 'installation.license-limit-exceeded';
  payload: {
    accountId: string;
    installationId: string;
    licenseKeyId: string;
    serverName: string;
    quota: number;
    managedComputers: number;
  };
}

/** An admin deactivated an installation from the portal. Email: admins. */
export interface InstallationDeactivatedEvent {
  type: 'installation.deactivated';
  payload: { accountId: string; installationId: string; serverName: string; byUserId: string };
}

/**
 * The vendor's MDM signing certificate expires within 30 days (once per certificate). Email: every operator.
 */
export interface MdmVendorCertificateExpiringEvent {
  type: 'mdm.vendor-certificate-expiring';
  payload: { subject: string; serialNumber: string; fingerprint: string; notAfter: string; daysLeft: number };
}

/**
 * Written by the notification service's reminder job when a registered subscription crosses 30, 7
 * or 1 days before its end (`threshold`), or has ended (`threshold` 0). Email: the account's admins.
 */
export interface SubscriptionExpiryReminderEvent {
  type: 'subscription.expiry-reminder';
  payload: { reminderId: string; accountId: string; subscriptionId: string; threshold: number; expiresOn: string };
}

/** The same for a sublicense (its own expiry date, or the subscription's end). Email: the account's admins. */
export interface SublicenseExpiryReminderEvent {
  type: 'sublicense.expiry-reminder';
  payload: { reminderId: string; accountId: string; subscriptionId: string; licenseKeyId: string; threshold: number; expiresOn: string };
}

export type DomainEvent =
  | SubscriptionExpiryReminderEvent
  | SublicenseExpiryReminderEvent
  | UserRegisteredEvent
  | PasswordResetRequestedEvent
  | EmailChangeRequestedEvent
  | EmailChangedEvent
  | SignInMethodChangedEvent
  | InvitationCreatedEvent
  | MembershipChangedEvent
  | OfflineOperationsEnabledEvent
  | LicenseLimitExceededEvent
  | InstallationDeactivatedEvent
  | MdmVendorCertificateExpiringEvent;

export type DomainEventType = DomainEvent['type'];

/** An event as published: the outbox row's id is the event id and the BullMQ job id. */
export type EventEnvelope<E extends DomainEvent = DomainEvent> = E & { id: string; occurredAt: string };

/** The event of one type; also narrows events whose `type` is a union (membership.blocked | ...). */
export type EventOfType<T extends DomainEventType> = DomainEvent extends infer E
  ? E extends { type: infer U }
    ? T extends U
      ? Omit<E, 'type'> & { type: T }
      : never
    : never
  : never;
