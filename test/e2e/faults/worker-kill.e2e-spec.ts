import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from '@jest/globals';
import { appendEvent } from '#messaging';
import { eventually } from '../../support/harness.js';
import { eventJobsCompleted } from '../../support/settled.js';
import { useHarness } from '../../support/suite.js';
import { ServiceProcess } from '../../support/processes.js';

const EMAILS = 200;
const CONCURRENCY = 5;
/** What the worker logs before sending a delivery whose last attempt has no recorded outcome. */
const POSSIBLE_DUPLICATE = 'An earlier attempt ended without a recorded outcome; sending again with the same Message-ID (possible duplicate)';

/**
 * The notification worker, a process of its own, is killed with SIGKILL in the middle of a batch
 * of 200 emails; a second worker takes the stalled jobs. Counted at the SMTP server per recipient:
 * none lost; a duplicate only for a delivery whose SMTP conversation had begun and whose outcome
 * was never recorded (`send_started_at` set on an unsent row), at most one per job in progress,
 * and every copy carries the delivery's stable Message-ID. The second worker's log says "possible
 * duplicate" for exactly the deliveries it took over unrecorded, so every duplicate is announced.
 */
describe('notification worker killed with kill -9 mid-batch', () => {
  const workers: ServiceProcess[] = [];
  // Before the harness's own teardown: the workers hold connections to the suite's database.
  afterAll(async () => {
    for (const worker of workers) await worker.kill();
  });
  const h = useHarness({ services: [] });

  it('loses nothing, and repeats only what SMTP made unavoidable, recognisably', async () => {
    const env = { ...h.env, NOTIFICATION_LOCK_MS: '3000', NOTIFICATION_CONCURRENCY: String(CONCURRENCY) };
    const recipients = Array.from({ length: EMAILS }, (_, i) => `kill.${i}.${randomUUID().slice(0, 8)}@example.com`);
    const eventIds = await h.db.transaction(async (manager) => {
      const ids: string[] = [];
      for (const email of recipients) {
        ids.push(await appendEvent(manager, { type: 'user.registered', payload: { userId: randomUUID(), email, firstName: 'Kill', lastName: 'Test' } }));
      }
      return ids;
    });
    // Each message takes a moment at the server, so that sends are in progress when the kill lands.
    h.smtp.slow(25);
    const first = await ServiceProcess.start('notification', env);
    workers.push(first);
    await eventually(() => (h.smtp.received.length >= 60 ? true : undefined), 60_000, 'the first worker sending');
    // The kill lands while a send waits for the server's answer (its data arrived, the answer held),
    // whatever the machine's load: at least one delivery is left without a recorded outcome.
    h.smtp.hold();
    await eventually(() => (h.smtp.held >= 1 ? true : undefined), 60_000, 'a send waiting for the server');
    await first.kill();
    const receivedAtKill = h.smtp.received.length;
    // The held messages are answered now, to a dead worker: accepted by the server, never recorded as sent.
    h.smtp.release();
    expect(receivedAtKill).toBeLessThan(EMAILS);

    // What the dead worker left without an outcome: the only deliveries that may be repeated.
    const interrupted: Array<{ id: string; recipient: string }> = await h.db.query(
      `SELECT id, recipient FROM email_deliveries WHERE event_id = ANY($1::uuid[]) AND status <> 'sent' AND send_started_at IS NOT NULL`,
      [eventIds],
    );
    expect(interrupted.length).toBeLessThanOrEqual(CONCURRENCY);
    // A send was waiting for the server when the kill landed, so some are left to announce.
    expect(interrupted.length).toBeGreaterThan(0);

    // Its log lines kept (JSON), at warn: the possible-duplicate warning is one of them.
    const second = await ServiceProcess.start('notification', { ...env, LOG_LEVEL: 'warn', LOG_FORMAT: 'json' }, 30_000, { captureOutput: true });
    workers.push(second);
    const rows = await eventually(async () => {
      const r: Array<{ id: string; recipient: string; status: string; message_id: string; send_started_at: Date | null }> = await h.db.query(
        `SELECT id, recipient, status, message_id, send_started_at FROM email_deliveries WHERE event_id = ANY($1::uuid[])`,
        [eventIds],
      );
      return r.length === EMAILS && r.every((d) => d.status === 'sent') ? r : undefined;
    }, 90_000, 'every delivery sent');
    // Barrier: every event's job (id = event id) completed, so nothing is left that could still send.
    await eventJobsCompleted(h, eventIds);
    await second.stop();

    const duplicated: string[] = [];
    for (const row of rows) {
      expect(row.send_started_at).toBeNull();
      const copies = h.smtp.to(row.recipient);
      expect(copies.length).toBeGreaterThanOrEqual(1); // none lost
      expect(copies.length).toBeLessThanOrEqual(2);
      for (const copy of copies) expect(copy.messageId).toBe(`<delivery-${row.id}@licensing.localhost>`);
      expect(row.message_id).toBe(copies[0]?.messageId);
      if (copies.length > 1) duplicated.push(row.id);
    }
    // Every duplicate is a delivery the dead worker had begun sending and never recorded.
    const interruptedIds = new Set(interrupted.map((r) => r.id));
    for (const id of duplicated) expect(interruptedIds.has(id)).toBe(true);
    expect(h.smtp.received).toHaveLength(EMAILS + duplicated.length);

    // Stopped, the second worker has written all its lines: one warning per delivery it sent again
    // after an attempt without an outcome (the same Message-ID said), and for no other delivery.
    const warnings = second.output
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { level: number; msg?: string; deliveryId?: string; messageId?: string; interruptedAt?: string })
      .filter((l) => l.msg === POSSIBLE_DUPLICATE);
    const warned = warnings.map((w) => w.deliveryId!);
    expect([...warned].sort()).toEqual([...interruptedIds].sort());
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const w of warnings) {
      expect(w.level).toBe(40);
      expect(w.messageId).toBe(byId.get(w.deliveryId!)?.message_id);
      expect(Number.isNaN(Date.parse(w.interruptedAt ?? ''))).toBe(false);
    }
    // Every copy received twice was announced as a possible duplicate.
    for (const id of duplicated) expect(warned).toContain(id);
    process.stderr.write(`kill -9 after ${receivedAtKill} of ${EMAILS} emails: ${interrupted.length} left without an outcome, ${duplicated.length} sent twice, ${warned.length} possible-duplicate warnings\n`);
  }, 180_000);
});
