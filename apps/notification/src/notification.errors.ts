import { defineErrors } from '#common';

/** The notification service's error codes (the operators' view of email deliveries). */
export const NotificationErrorCode = defineErrors('notification', {
  DELIVERY_NOT_FOUND: { status: 404, description: 'no such delivery (also for an id that is not a UUID)' },
  DELIVERY_ALREADY_SENT: { status: 409, description: 'the email was sent: it is not sent twice' },
  DELIVERY_ALREADY_QUEUED: { status: 409, description: 'the email is already waiting to be sent' },
  DELIVERY_IN_PROGRESS: { status: 409, description: 'the email is being sent right now' },
  DELIVERY_NOT_RETRYABLE: { status: 409, description: 'the data to render the email is no longer kept' },
  QUEUE_UNAVAILABLE: { status: 503, description: 'the queue (Redis) does not answer; nothing changed' },
});
