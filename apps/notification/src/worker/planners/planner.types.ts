import type { DataSource } from 'typeorm';
import type { DomainEventType, EventOfType } from '#messaging';

/** One email to send for an event: which template, to whom, with what data. */
export interface PlannedEmail {
  template: string;
  recipient: string;
  data: Record<string, unknown>;
}

/** What a planner may use: the database, to resolve recipients and names at send time. */
export interface PlannerContext {
  db: DataSource;
}

export type Planner<T extends DomainEventType> = (event: EventOfType<T>, context: PlannerContext) => Promise<PlannedEmail[]> | PlannedEmail[];

export type PlannerMap<K extends DomainEventType> = { [T in K]: Planner<T> };
