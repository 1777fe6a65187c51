/**
 * Every event the services exchange, as one discriminated union on `type`.
 * Payloads carry ids and the few facts a consumer needs at send time; consumers look up the rest.
 */
export interface UserRegisteredEvent {
  type: 'user.registered';
  payload: { userId: string; email: string; firstName: string; lastName: string };
}

export type DomainEvent = UserRegisteredEvent;
export type DomainEventType = DomainEvent['type'];

/** An event as published: the outbox row's id is the event id and the BullMQ job id. */
export type EventEnvelope<E extends DomainEvent = DomainEvent> = E & { id: string; occurredAt: string };

export type EventOfType<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;
