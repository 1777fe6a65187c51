import type { DomainEventType } from './events.js';

/** BullMQ queue names. */
export const QUEUES = {
  /** Events that lead to email; consumed by the notification service. */
  notification: 'notification',
  /** The notification service's scheduled expiry-reminder scans (a BullMQ job scheduler). */
  reminders: 'notification-reminders',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Which queues receive each event type. Every event type must be routed somewhere. */
export const EVENT_ROUTES: Record<DomainEventType, readonly QueueName[]> = {
  'user.registered': [QUEUES.notification],
  'user.password-reset-requested': [QUEUES.notification],
  'user.email-change-requested': [QUEUES.notification],
  'user.email-changed': [QUEUES.notification],
  'user.sign-in-method-linked': [QUEUES.notification],
  'user.identity-unlinked': [QUEUES.notification],
  'account.invitation-created': [QUEUES.notification],
  'membership.blocked': [QUEUES.notification],
  'membership.unblocked': [QUEUES.notification],
  'membership.removed': [QUEUES.notification],
  'account.offline-operations-enabled': [QUEUES.notification],
  'installation.license-limit-exceeded': [QUEUES.notification],
  'installation.deactivated': [QUEUES.notification],
  'subscription.expiry-reminder': [QUEUES.notification],
  'sublicense.expiry-reminder': [QUEUES.notification],
  'mdm.vendor-certificate-expiring': [QUEUES.notification],
};

/** Postgres NOTIFY channel the outbox writer signals on; relays LISTEN to publish at once. */
export const OUTBOX_CHANNEL = 'outbox_events';
