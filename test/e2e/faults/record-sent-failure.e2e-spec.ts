import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { eventually } from '../../support/harness.js';
import { eventJobsCompleted } from '../../support/settled.js';
import { useHarness } from '../../support/suite.js';
import { createAccount, createOperator, createUser, type TestUser } from '../../support/factories.js';
import { emitEvent } from '../notification/fixtures.js';

/**
 * The database fails after the SMTP server accepted a message: the commit that marks deliveries
 * `sent` is made to fail (a deferred trigger, counted by a sequence, which no rollback resets).
 * Each email must still reach its recipient exactly once and end `sent`, with its stable Message-ID.
 */

/**
 * Makes the commit that marks a delivery `sent` fail whenever `when` (a SQL condition over a
 * counter sequence of the trigger's own, one tick per try) holds: a deferred constraint trigger, so
 * the failure comes at COMMIT, after the SMTP server took the message.
 */
async function failSentCommits(db: DataSource, name: string, when: (counter: string) => string): Promise<void> {
  const counter = `${name}_tries`;
  await db.query(`CREATE SEQUENCE ${counter}`);
  await db.query(`
    CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.status = 'sent' AND ${when(counter)} THEN
        RAISE EXCEPTION 'simulated failure committing the sent mark';
      END IF;
      RETURN NEW;
    END $$`);
  await db.query(`
    CREATE CONSTRAINT TRIGGER ${name} AFTER UPDATE ON email_deliveries
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${name}()`);
}

describe('recording "sent" fails after SMTP accepted the message', () => {
  const h = useHarness({ services: ['notification'] });
  let operator: TestUser;

  beforeAll(async () => {
    operator = await createOperator(h.db);
    // Every first "sent" commit of a delivery fails; the next one (the recording retry) passes.
    await failSentCommits(h.db, 'fault_fail_sent_commit', (counter) => `nextval('${counter}') % 2 = 1`);
  });

  it('sends each email once and records it sent', async () => {
    const admins: TestUser[] = [];
    const eventIds: string[] = [];
    for (let i = 0; i < 4; i++) {
      const admin = await createUser(h.db);
      const account = await createAccount(h.db, admin, `Fault ${i}`);
      admins.push(admin);
      eventIds.push(await emitEvent(h.db, { type: 'account.offline-operations-enabled', payload: { accountId: account.id, byUserId: operator.id } }));
    }
    const rows = await eventually(async () => {
      const r: Array<{ id: string; recipient: string; status: string; message_id: string }> = await h.db.query(
        `SELECT id, recipient, status, message_id FROM email_deliveries WHERE event_id = ANY($1::uuid[])`,
        [eventIds],
      );
      return r.length === admins.length && r.every((d) => d.status === 'sent') ? r : undefined;
    }, 20_000, 'every delivery sent');
    // Every first commit failed: the trigger really fired for each delivery.
    const [{ fired }] = await h.db.query(`SELECT last_value::int AS fired FROM fault_fail_sent_commit_tries`);
    expect(fired).toBeGreaterThanOrEqual(2 * admins.length);
    for (const admin of admins) {
      const received = h.smtp.to(admin.email);
      expect(received).toHaveLength(1);
      const row = rows.find((r) => r.recipient === admin.email);
      expect(received[0]?.messageId).toBe(`<delivery-${row?.id}@licensing.localhost>`);
      expect(row?.message_id).toBe(received[0]?.messageId);
    }
    // Barrier: every event's job (job id = event id) has completed, so no retry of it is pending
    // that could still send; and still one email each.
    await eventJobsCompleted(h, eventIds, 20_000);
    for (const admin of admins) expect(h.smtp.to(admin.email)).toHaveLength(1);
  });
});

/**
 * Recording `sent` keeps failing for longer than a few tries (Postgres away for a while): the
 * service keeps trying to record it, and never sends the email again meanwhile.
 */
describe('recording "sent" fails many times in a row after SMTP accepted the message', () => {
  const h = useHarness({ services: ['notification'] });
  const FAILURES = 14;

  beforeAll(async () => {
    await failSentCommits(h.db, 'fault_fail_sent_for_a_while', (counter) => `nextval('${counter}') <= ${FAILURES}`);
  });

  it('keeps trying to record it and sends the email once', async () => {
    const email = `record.${randomUUID().slice(0, 8)}@example.com`;
    const eventId = await emitEvent(h.db, { type: 'user.registered', payload: { userId: randomUUID(), email, firstName: 'Long', lastName: 'Outage' } });
    const row = await eventually(async () => {
      const [r]: Array<{ id: string; status: string; message_id: string }> = await h.db.query(`SELECT id, status, message_id FROM email_deliveries WHERE event_id = $1`, [eventId]);
      return r?.status === 'sent' ? r : undefined;
    }, 40_000, 'the delivery recorded as sent');
    const [{ tries }] = await h.db.query(`SELECT last_value::int AS tries FROM fault_fail_sent_for_a_while_tries`);
    expect(tries).toBe(FAILURES + 1);
    await eventJobsCompleted(h, [eventId], 20_000);
    const received = h.smtp.to(email);
    expect(received).toHaveLength(1);
    expect(received[0]?.messageId).toBe(`<delivery-${row.id}@licensing.localhost>`);
    expect(row.message_id).toBe(received[0]?.messageId);
  }, 60_000);
});
