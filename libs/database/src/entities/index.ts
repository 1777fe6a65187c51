import { EmailDeliveryEntity } from './email-delivery.entity.js';
import { OutboxEventEntity } from './outbox-event.entity.js';
import { UserEntity } from './user.entity.js';

export * from './email-delivery.entity.js';
export * from './outbox-event.entity.js';
export * from './user.entity.js';

/** Every entity of the shared schema. A new entity is added here and gets a migration. */
export const ENTITIES = [UserEntity, OutboxEventEntity, EmailDeliveryEntity];
