import type { EventEnvelope } from '#messaging';

/**
 * Jobs on the notification queue besides events (whose job name is the event type): an
 * operator's retry of one delivery. Produced and consumed by this service only.
 */
export const RETRY_DELIVERY_JOB = 'delivery.retry';

export interface RetryDeliveryJobData {
  deliveryId: string;
}

export type NotificationJobData = EventEnvelope | RetryDeliveryJobData;
