import { describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QUEUES } from '#messaging';
import { EXPIRY_REMINDER_SCHEDULER } from '../../../apps/notification/src/reminders/reminder.scheduler.js';
import { eventually } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { createSublicense, createSubscription, daysFromNow } from '../../support/factories.js';
import { accountWithPeople, reminderScanner, type AccountWithPeople } from './fixtures.js';
import { settled } from '../../support/settled.js';

describe('scheduled expiry reminders', () => {
  // The scheduler fires every 1.5 s here, so it also races the manual runs below.
  const h = useHarness({ services: ['notification'], env: { REMINDER_INTERVAL_MS: '1500' } });

  const remindersOf = (accountId: string) =>
    h.db.query(
      `SELECT target_kind, target_id, threshold, expires_on::text AS expires_on, event_id FROM expiry_reminders WHERE account_id = $1 ORDER BY target_kind, threshold`,
      [accountId],
    );

  /** Waits until `count` emails reached the first admin, then until everything settled, so that a duplicate would show. */
  async function adminMails(people: AccountWithPeople, count: number) {
    await eventually(() => (h.smtp.to(people.admin.email).length >= count ? true : undefined), 15_000, `${count} reminder emails`);
    await settled(h);
    return h.smtp.to(people.admin.email);
  }

  it('is a BullMQ job scheduler on its own queue that finds due reminders without being asked', async () => {
    const redis = new Redis(h.env.REDIS_URL!, { maxRetriesPerRequest: null });
    const queue = new Queue(QUEUES.reminders, { connection: redis, prefix: h.env.QUEUE_PREFIX });
    try {
      const scheduler = await eventually(() => queue.getJobScheduler(EXPIRY_REMINDER_SCHEDULER));
      expect(scheduler).toMatchObject({ key: EXPIRY_REMINDER_SCHEDULER, every: 1500 });
    } finally {
      await queue.close();
      redis.disconnect();
    }

    const people = await accountWithPeople(h.db, 'Scheduled Co');
    await createSubscription(h.db, { accountId: people.account.id, endsOn: daysFromNow(7) });
    const mails = await adminMails(people, 1);
    expect(mails.map((m) => m.subject)).toEqual(['Your Mac Management subscription for Scheduled Co expires in 7 days']);
  });

  it('sends each reminder once when the job runs twice', async () => {
    const people = await accountWithPeople(h.db, 'Twice Ltd');
    const created = await createSubscription(h.db, { accountId: people.account.id, endsOn: daysFromNow(30) });
    const { subscription } = created;
    const { entity: key } = await createSublicense(h.db, created, { name: 'Lab', quota: 2, expiresOn: daysFromNow(1) });

    await reminderScanner(h).run();
    const second = await reminderScanner(h).run();
    expect(second.claimed).toBe(0);

    const mails = await adminMails(people, 2);
    expect(mails.map((m) => m.subject).sort()).toEqual([
      'Mac Management sublicense "Lab" of Twice Ltd expires tomorrow',
      'Your Mac Management subscription for Twice Ltd expires in 30 days',
    ]);
    expect(h.smtp.to(people.secondAdmin.email)).toHaveLength(2);
    const reminders = await remindersOf(people.account.id);
    expect(reminders.map((r: { target_kind: string; target_id: string; threshold: number }) => [r.target_kind, r.target_id, r.threshold])).toEqual([
      ['sublicense', key.id, 1],
      ['subscription', subscription.id, 30],
    ]);
    // Each reminder is one event, whose deliveries were all sent.
    for (const r of reminders) {
      const deliveries = await h.db.query(`SELECT status FROM email_deliveries WHERE event_id = $1`, [r.event_id]);
      expect(deliveries).toEqual([{ status: 'sent' }, { status: 'sent' }]);
    }
  });

  it('sends each reminder once when several runs go at the same time (replicas)', async () => {
    const people = await accountWithPeople(h.db, 'Concurrent GmbH');
    const subs = await Promise.all(
      [30, 7, 1, -1, 29, 6].map((days) => createSubscription(h.db, { accountId: people.account.id, endsOn: daysFromNow(days) })),
    );

    const results = await Promise.all(Array.from({ length: 4 }, () => reminderScanner(h).run()));
    const claimedHere = results.reduce((sum, r) => sum + r.claimed, 0);
    const reminders = await remindersOf(people.account.id);
    expect(reminders).toHaveLength(subs.length);
    // The scheduled scan may have claimed some first; together nobody claimed anything twice.
    expect(claimedHere).toBeLessThanOrEqual(subs.length);

    const mails = await adminMails(people, subs.length);
    expect(mails).toHaveLength(subs.length);
    expect(new Set(mails.map((m) => m.text.match(/subscriptions\/([0-9a-f-]{36})/)?.[1])).size).toBe(subs.length);
    const [{ count }] = await h.db.query(
      `SELECT count(*)::int AS count FROM outbox_events WHERE type = 'subscription.expiry-reminder' AND payload->>'accountId' = $1`,
      [people.account.id],
    );
    expect(count).toBe(subs.length);
  });

  it('a renewed subscription gets the reminders of its new end date', async () => {
    const people = await accountWithPeople(h.db, 'Renewals Inc');
    const { subscription } = await createSubscription(h.db, { accountId: people.account.id, endsOn: daysFromNow(1) });
    await reminderScanner(h).run();
    await adminMails(people, 1);

    // Renewed for a month: the 1-day reminder of the old date is done, the 30-day one of the new date is due.
    await h.db.query(`UPDATE subscriptions SET ends_on = $2 WHERE id = $1`, [subscription.id, daysFromNow(30)]);
    await reminderScanner(h).run();
    await reminderScanner(h).run();

    const mails = await adminMails(people, 2);
    expect(mails.map((m) => m.subject)).toEqual([
      'Your Mac Management subscription for Renewals Inc expires tomorrow',
      'Your Mac Management subscription for Renewals Inc expires in 30 days',
    ]);
    expect((await remindersOf(people.account.id)).map((r: { threshold: number; expires_on: string }) => [r.threshold, r.expires_on])).toEqual([
      [1, daysFromNow(1)],
      [30, daysFromNow(30)],
    ]);
  });

  it('survives a restart: a new service on the same database and queues sends nothing again', async () => {
    const people = await accountWithPeople(h.db, 'Restart SA');
    await createSubscription(h.db, { accountId: people.account.id, endsOn: daysFromNow(7) });
    await reminderScanner(h).run();
    await adminMails(people, 1);

    await h.service('notification').close();
    await h.startService('notification');
    await reminderScanner(h).run();
    await settled(h);
    expect(h.smtp.to(people.admin.email)).toHaveLength(1);
  });
});
