import { Queue, type DefaultJobOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { EventEnvelope } from './events.js';
import type { QueueName } from './queues.js';

/**
 * Producers set only a ceiling on attempts and a custom backoff: each consumer decides its own
 * retry delays (its Worker's backoffStrategy) and when to give up. Completed jobs are kept long
 * enough that a re-publish of the same event id finds the job and is a no-op.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 100,
  backoff: { type: 'custom' },
  removeOnComplete: { age: 7 * 24 * 3600, count: 50_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

export type EventQueue = Queue<EventEnvelope, void, string>;

export function createEventQueue(name: QueueName, connection: Redis, prefix: string): EventQueue {
  return new Queue<EventEnvelope, void, string>(name, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
}
