import { Inject, Injectable } from '@nestjs/common';
import type { DomainEventType, EventEnvelope, EventOfType } from '#messaging';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config.js';

/** One email to send for an event: which template, to whom, with what data. */
export interface PlannedEmail {
  template: string;
  recipient: string;
  data: Record<string, unknown>;
}

type Planner<T extends DomainEventType> = (event: EventOfType<T>) => Promise<PlannedEmail[]> | PlannedEmail[];

/**
 * Decides which emails an event leads to. Recipients named by role are resolved here, at send
 * time, so a member blocked after the event was written receives nothing.
 */
@Injectable()
export class EmailPlanner {
  // Partial until every event has its email; the notification service makes it total.
  private readonly planners: { [T in DomainEventType]?: Planner<T> } = {
    'user.registered': (event) => [
      {
        template: 'welcome',
        recipient: event.payload.email,
        data: { firstName: event.payload.firstName, lastName: event.payload.lastName },
      },
    ],
  };

  constructor(@Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig) {}

  async plan(event: EventEnvelope): Promise<PlannedEmail[]> {
    const planner = this.planners[event.type] as Planner<typeof event.type> | undefined;
    if (!planner) return [];
    const planned = await planner(event);
    const common = { productName: this.config.productName, portalUrl: this.config.portalUrl };
    return planned.map((p) => ({ ...p, recipient: p.recipient.toLowerCase(), data: { ...common, ...p.data } }));
  }
}
