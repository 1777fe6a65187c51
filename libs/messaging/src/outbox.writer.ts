import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { OutboxEventEntity } from '#database';
import type { DomainEvent } from './events.js';
import { OUTBOX_CHANNEL } from './queues.js';

/**
 * Appends events to the outbox inside the caller's transaction, so the events exist exactly when
 * the change they describe does. NOTIFY is delivered on commit and wakes the relays at once.
 */
export async function appendEvents(manager: EntityManager, events: DomainEvent[]): Promise<string[]> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('appendEvents must run inside a transaction');
  }
  if (events.length === 0) return [];
  const ids = events.map(() => randomUUID());
  await manager.query(
    `INSERT INTO ${manager.getRepository(OutboxEventEntity).metadata.tableName} (id, type, payload)
     SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::jsonb[])`,
    [ids, events.map((e) => e.type), events.map((e) => JSON.stringify(e.payload))],
  );
  await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
  return ids;
}

export async function appendEvent(manager: EntityManager, event: DomainEvent): Promise<string> {
  const [id] = await appendEvents(manager, [event]);
  return id as string;
}
