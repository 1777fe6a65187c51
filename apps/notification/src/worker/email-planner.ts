import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DomainEventType, EventEnvelope } from '#messaging';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config.js';
import { activationPlanners } from './planners/activation.planners.js';
import { identityPlanners } from './planners/identity.planners.js';
import { licensingPlanners } from './planners/licensing.planners.js';
import { mdmPlanners } from './planners/mdm.planners.js';
import type { PlannedEmail, Planner } from './planners/planner.types.js';

export type { PlannedEmail } from './planners/planner.types.js';

/**
 * Decides which emails an event leads to. Recipients named by role are resolved by the planners
 * at send time, so a member blocked after the event was written receives nothing.
 */
@Injectable()
export class EmailPlanner {
  // Total: an event type without a planner does not compile.
  private readonly planners: { [T in DomainEventType]: Planner<T> } = {
    ...identityPlanners,
    ...activationPlanners,
    ...mdmPlanners,
    ...licensingPlanners,
  };

  constructor(
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async plan(event: EventEnvelope): Promise<PlannedEmail[]> {
    const planner = this.planners[event.type] as Planner<typeof event.type>;
    const planned = await planner(event, { db: this.db });
    const common = { productName: this.config.productName, portalUrl: this.config.portalUrl };
    return planned.map((p) => ({ ...p, recipient: p.recipient.toLowerCase(), data: { ...common, ...p.data } }));
  }
}
