import { describe, expect, it } from '@jest/globals';
import { eventually } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { createSublicense, createSubscription, createUser, daysFromNow } from '../../support/factories.js';
import { accountWithPeople, emitEvent, reminderScanner, type AccountWithPeople } from './fixtures.js';
import { settled } from '../../support/settled.js';

describe('notification emails about licensing (outbox → BullMQ → notification → SMTP)', () => {
  const h = useHarness({ services: ['notification'] });

  /** Waits for the email to every active admin; checks the blocked admin and the member got nothing. */
  async function expectAdminEmails(people: AccountWithPeople, subject: string) {
    const mails = await Promise.all(
      [people.admin, people.secondAdmin].map((u) => h.smtp.waitFor((m) => m.to.includes(u.email) && m.subject === subject)),
    );
    await settled(h);
    for (const u of [people.admin, people.secondAdmin]) expect(h.smtp.to(u.email).filter((m) => m.subject === subject)).toHaveLength(1);
    expect(h.smtp.to(people.blockedAdmin.email)).toHaveLength(0);
    expect(h.smtp.to(people.member.email)).toHaveLength(0);
    return mails;
  }

  it('offline operations turned on: every active admin, with company, support code and link', async () => {
    const people = await accountWithPeople(h.db, 'Initech Offline');
    const operator = await createUser(h.db, { role: 'operator' });
    const eventId = await emitEvent(h.db, { type: 'account.offline-operations-enabled', payload: { accountId: people.account.id, byUserId: operator.id } });

    const [mail] = await expectAdminEmails(people, 'Mac Management: offline operations are now enabled for Initech Offline');
    const link = `http://portal.test/accounts/${people.account.id}/offline-activation`;
    expect(mail!.text).toContain(link);
    expect(mail!.text).toContain(people.account.supportCode);
    expect(mail!.text).toContain('Hello Ada,');
    expect(mail!.html).toContain(`href="${link}"`);
    expect(mail!.html).toContain(`Support code ${people.account.supportCode}`);

    const rows = await eventually(async () => {
      const r = await h.db.query(`SELECT recipient, status, attempts, data FROM email_deliveries WHERE event_id = $1 ORDER BY recipient`, [eventId]);
      return r.length === 2 && r.every((x: { status: string }) => x.status === 'sent') ? r : undefined;
    });
    expect(rows.map((r: { recipient: string }) => r.recipient).sort()).toEqual([people.admin.email, people.secondAdmin.email].sort());
    // Sent: the template data is no longer kept.
    expect(rows.every((r: { data: unknown; attempts: number }) => r.data === null && r.attempts === 1)).toBe(true);
  });

  it('subscription expiring in 30, 7 and 1 days, and expired: one email each to every active admin', async () => {
    const people = await accountWithPeople(h.db, 'Umbrella Subs');
    const subs = {
      in30: await createSubscription(h.db, { accountId: people.account.id, endsOn: daysFromNow(30), quantity: 25 }),
      in7: await createSubscription(h.db, { accountId: people.account.id, endsOn: daysFromNow(7) }),
      in1: await createSubscription(h.db, { accountId: people.account.id, endsOn: daysFromNow(1) }),
      expired: await createSubscription(h.db, { accountId: people.account.id, endsOn: daysFromNow(-1) }),
    };
    // Not due: too far ahead, not registered, suspended.
    await createSubscription(h.db, { accountId: people.account.id, endsOn: daysFromNow(45) });
    await createSubscription(h.db, { accountId: null, endsOn: daysFromNow(7) });
    await createSubscription(h.db, { accountId: people.account.id, endsOn: daysFromNow(7), status: 'suspended' });

    const result = await reminderScanner(h).run();
    expect(result.claimed).toBeGreaterThanOrEqual(4);

    const cases = [
      { sub: subs.in30, subject: 'Your Mac Management subscription for Umbrella Subs expires in 30 days', text: 'expires in 30 days, on' },
      { sub: subs.in7, subject: 'Your Mac Management subscription for Umbrella Subs expires in 7 days', text: 'expires in 7 days, on' },
      { sub: subs.in1, subject: 'Your Mac Management subscription for Umbrella Subs expires tomorrow', text: 'expires tomorrow, on' },
      { sub: subs.expired, subject: 'Your Mac Management subscription for Umbrella Subs has expired', text: 'expired on' },
    ];
    for (const c of cases) {
      const [mail] = await expectAdminEmails(people, c.subject);
      const link = `http://portal.test/accounts/${people.account.id}/subscriptions/${c.sub.subscription.id}`;
      expect(mail!.text).toContain(link);
      expect(mail!.text).toContain(`${c.text} ${c.sub.subscription.endsOn}`);
      expect(mail!.text).toContain(people.account.supportCode);
      expect(mail!.html).toContain(`href="${link}"`);
    }
    expect(h.smtp.to(people.admin.email).filter((m) => m.subject.includes('subscription'))).toHaveLength(4);

    const reminders = await h.db.query(
      `SELECT threshold, expires_on::text AS expires_on FROM expiry_reminders WHERE account_id = $1 AND target_kind = 'subscription' ORDER BY threshold DESC`,
      [people.account.id],
    );
    expect(reminders).toEqual([
      { threshold: 30, expires_on: subs.in30.subscription.endsOn },
      { threshold: 7, expires_on: subs.in7.subscription.endsOn },
      { threshold: 1, expires_on: subs.in1.subscription.endsOn },
      { threshold: 0, expires_on: subs.expired.subscription.endsOn },
    ]);
  });

  it('sublicense expiring and expired: by its own date; one that follows the subscription is not reminded early', async () => {
    const people = await accountWithPeople(h.db, 'Hooli Keys');
    const created = await createSubscription(h.db, { accountId: people.account.id, endsOn: daysFromNow(200), quantity: 20 });
    const { subscription } = created;
    const { entity: soon } = await createSublicense(h.db, created, { name: 'Berlin office', quota: 4, expiresOn: daysFromNow(7) });
    const { entity: gone } = await createSublicense(h.db, created, { name: 'Paris office', quota: 3, expiresOn: daysFromNow(-2) });
    await createSublicense(h.db, created, { name: 'Follows subscription', quota: 2 });

    await reminderScanner(h).run();

    const link = `http://portal.test/accounts/${people.account.id}/subscriptions/${subscription.id}/license-keys`;
    const [expiring] = await expectAdminEmails(people, 'Mac Management sublicense "Berlin office" of Hooli Keys expires in 7 days');
    expect(expiring!.text).toContain(`expires in 7 days, on ${soon.expiresOn}`);
    expect(expiring!.text).toContain('(4 licenses)');
    expect(expiring!.text).toContain(link);
    expect(expiring!.text).toContain(people.account.supportCode);
    expect(expiring!.html).toContain(`href="${link}"`);

    const [expired] = await expectAdminEmails(people, 'Mac Management sublicense "Paris office" of Hooli Keys has expired');
    expect(expired!.text).toContain(`expired on ${gone.expiresOn}`);
    expect(expired!.text).toContain(link);

    expect(h.smtp.to(people.admin.email)).toHaveLength(2);
  });

  it('a reminder whose subscription was renewed before it was sent is dropped', async () => {
    const people = await accountWithPeople(h.db, 'Renewed Before Send');
    const { subscription } = await createSubscription(h.db, { accountId: people.account.id, endsOn: daysFromNow(7) });
    // The event as the scan would write it, but the subscription already runs a year longer.
    await h.db.query(`UPDATE subscriptions SET ends_on = $2 WHERE id = $1`, [subscription.id, daysFromNow(372)]);
    const eventId = await emitEvent(h.db, {
      type: 'subscription.expiry-reminder',
      payload: { reminderId: subscription.id, accountId: people.account.id, subscriptionId: subscription.id, threshold: 7, expiresOn: subscription.endsOn },
    });
    await settled(h);
    expect(h.smtp.to(people.admin.email)).toHaveLength(0);
    expect(await h.db.query(`SELECT id FROM email_deliveries WHERE event_id = $1`, [eventId])).toEqual([]);
  });
});
