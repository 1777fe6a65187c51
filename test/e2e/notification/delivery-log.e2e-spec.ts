import { beforeAll, describe, expect, it } from '@jest/globals';
import { eventually } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { createOperator, createUser, type TestUser } from '../../support/factories.js';
import { accountWithPeople, emitEvent, type AccountWithPeople } from './fixtures.js';
import { settled } from '../../support/settled.js';

interface Delivery {
  id: string;
  eventId: string;
  template: string;
  recipient: string;
  subject: string | null;
  status: string;
  attempts: number;
  lastError: string | null;
  messageId: string | null;
  createdAt: string;
  sentAt: string | null;
  lastAttemptAt: string | null;
}

describe('delivery log: retries, dead letters and the operators’ API', () => {
  // Three attempts 100 ms, 200 ms apart: "dead" is reached in well under a second.
  const h = useHarness({ services: ['notification'], env: { NOTIFICATION_ATTEMPTS: '3', NOTIFICATION_BACKOFF_MS: '100' } });
  let operator: TestUser;

  beforeAll(async () => {
    operator = await createOperator(h.db);
  });

  const api = {
    list: (query: Record<string, string | number>) => h.notification.get('/deliveries').query(query).set('authorization', `Bearer ${operator.token}`),
    get: (id: string) => h.notification.get(`/deliveries/${id}`).set('authorization', `Bearer ${operator.token}`),
    retry: (id: string) => h.notification.post(`/deliveries/${id}/retry`).set('authorization', `Bearer ${operator.token}`),
  };

  async function offlineEnabled(): Promise<{ people: AccountWithPeople; eventId: string }> {
    const people = await accountWithPeople(h.db);
    const eventId = await emitEvent(h.db, { type: 'account.offline-operations-enabled', payload: { accountId: people.account.id, byUserId: operator.id } });
    return { people, eventId };
  }

  async function deliveryOf(recipient: string, status?: string): Promise<Delivery> {
    return eventually(async () => {
      const res = await api.list({ recipient });
      expect(res.status).toBe(200);
      const item = (res.body.items as Delivery[])[0];
      return item && (!status || item.status === status) ? item : undefined;
    }, 15_000, `a ${status ?? ''} delivery to ${recipient}`);
  }

  it('SMTP refusing for a while, then accepting: one email after retries, its attempts logged', async () => {
    h.smtp.refuse(2);
    const people = await accountWithPeople(h.db);
    // One admin only, so the two refusals hit the same email.
    await h.db.query(`UPDATE memberships SET status = 'blocked' WHERE user_id = $1`, [people.secondAdmin.id]);
    await emitEvent(h.db, { type: 'account.offline-operations-enabled', payload: { accountId: people.account.id, byUserId: operator.id } });

    await h.smtp.waitFor((m) => m.to.includes(people.admin.email));
    const delivery = await deliveryOf(people.admin.email, 'sent');
    expect(delivery).toMatchObject({ template: 'offline-operations-enabled', status: 'sent', attempts: 3, lastError: null });
    expect(delivery.messageId).toBeTruthy();
    expect(delivery.sentAt).toBeTruthy();
    await settled(h);
    expect(h.smtp.to(people.admin.email)).toHaveLength(1);
  });

  it('SMTP refusing for good (5xx): dead at once with the answer kept; an operator retry after SMTP recovers sends it once', async () => {
    h.smtp.refuse('always');
    const { people, eventId } = await offlineEnabled();

    const dead = await deliveryOf(people.admin.email, 'dead');
    // A permanent refusal is not retried: one attempt, and the server's answer is kept.
    expect(dead).toMatchObject({ eventId, status: 'dead', attempts: 1, messageId: null, sentAt: null });
    expect(dead.lastError).toMatch(/^SMTP permanent refusal 550: .*Mailbox unavailable/);
    expect(dead.subject).toContain('offline operations are now enabled');

    const listed = await api.list({ status: 'dead' });
    expect((listed.body.items as Delivery[]).map((d) => d.recipient)).toEqual(expect.arrayContaining([people.admin.email, people.secondAdmin.email]));
    expect(h.smtp.to(people.admin.email)).toHaveLength(0);

    h.smtp.accept();
    const retried = await api.retry(dead.id);
    expect(retried.status).toBe(202);
    expect(retried.body).toMatchObject({ id: dead.id, status: 'queued' });
    const again = await api.retry(dead.id);
    expect(again.status).toBe(409);
    expect(['DELIVERY_ALREADY_QUEUED', 'DELIVERY_ALREADY_SENT', 'DELIVERY_IN_PROGRESS']).toContain(again.body.code);

    const mail = await h.smtp.waitFor((m) => m.to.includes(people.admin.email));
    expect(mail.text).toContain(people.account.supportCode);
    // The Message-ID derives from the delivery: the same on every attempt, so a duplicate is recognisable.
    expect(mail.messageId).toBe(`<delivery-${dead.id}@licensing.localhost>`);
    const sent = await eventually(async () => {
      const res = await api.get(dead.id);
      return res.body.status === 'sent' ? (res.body as Delivery) : undefined;
    });
    expect(sent).toMatchObject({ attempts: 2, lastError: null });
    expect(sent.messageId).toBe(`<delivery-${dead.id}@licensing.localhost>`);

    const afterSent = await api.retry(dead.id);
    expect(afterSent.status).toBe(409);
    expect(afterSent.body).toEqual({ statusCode: 409, code: 'DELIVERY_ALREADY_SENT', message: expect.any(String) });

    // The other admin's email stays dead until someone retries it; nothing was sent twice.
    await settled(h);
    expect(h.smtp.to(people.admin.email)).toHaveLength(1);
    expect((await api.get((await deliveryOf(people.secondAdmin.email)).id)).body.status).toBe('dead');
    expect(h.smtp.to(people.secondAdmin.email)).toHaveLength(0);
  });

  it('an unknown mailbox refused at RCPT TO (550) is dead at once with the answer kept, the other recipient sent', async () => {
    const people = await accountWithPeople(h.db);
    h.smtp.refuseRecipient(people.admin.email);
    await emitEvent(h.db, { type: 'account.offline-operations-enabled', payload: { accountId: people.account.id, byUserId: operator.id } });

    const dead = await deliveryOf(people.admin.email, 'dead');
    expect(dead).toMatchObject({ status: 'dead', attempts: 1, messageId: null, sentAt: null });
    expect(dead.lastError).toMatch(/^SMTP permanent refusal 550: .*No such user here/);
    await deliveryOf(people.secondAdmin.email, 'sent');
    await settled(h);
    expect(h.smtp.to(people.admin.email)).toHaveLength(0);
    expect(h.smtp.to(people.secondAdmin.email)).toHaveLength(1);
    expect((await api.get(dead.id)).body).toMatchObject({ status: 'dead', attempts: 1 });
  });

  it('filters by status, template, recipient and time, newest first, in pages', async () => {
    // Not earlier: the previous test's deliveries, dead at once, were created moments ago.
    const before = new Date().toISOString();
    const { people } = await offlineEnabled();
    await deliveryOf(people.admin.email, 'sent');
    await deliveryOf(people.secondAdmin.email, 'sent');

    const byTemplate = await api.list({ template: 'offline-operations-enabled', from: before, pageSize: 1 });
    expect(byTemplate.status).toBe(200);
    expect(byTemplate.body).toMatchObject({ page: 1, pageSize: 1, total: 2 });
    expect(byTemplate.body.items).toHaveLength(1);
    const page2 = await api.list({ template: 'offline-operations-enabled', from: before, pageSize: 1, page: 2 });
    expect(page2.body.items).toHaveLength(1);
    expect(page2.body.items[0].id).not.toBe(byTemplate.body.items[0].id);
    expect(byTemplate.body.items[0].createdAt >= page2.body.items[0].createdAt).toBe(true);

    const all = await api.list({ pageSize: 100 });
    const times = (all.body.items as Delivery[]).map((d) => d.createdAt);
    expect(times).toEqual([...times].sort().reverse());

    const byRecipient = await api.list({ recipient: people.admin.email.toUpperCase(), status: 'sent' });
    expect((byRecipient.body.items as Delivery[]).map((d) => d.recipient)).toEqual([people.admin.email]);
    expect((await api.list({ to: before, recipient: people.admin.email })).body.total).toBe(0);
    expect((await api.list({ template: 'welcome', recipient: people.admin.email })).body.total).toBe(0);
  });

  it('answers bad input, unknown ids, and non-operators in the error shape', async () => {
    const bad = await api.list({ status: 'lost', pageSize: 1000, from: 'yesterday' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect((bad.body.details as Array<{ field: string }>).map((d) => d.field).sort()).toEqual(['from', 'pageSize', 'status']);

    // An id that is not a UUID names nothing: 404, like an unknown one.
    expect((await api.get('not-a-uuid')).body).toMatchObject({ statusCode: 404, code: 'DELIVERY_NOT_FOUND' });
    const missing = await api.get('00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('DELIVERY_NOT_FOUND');
    expect((await api.retry('00000000-0000-4000-8000-000000000000')).body.code).toBe('DELIVERY_NOT_FOUND');

    const customer = await createUser(h.db);
    const forbidden = await h.notification.get('/deliveries').set('authorization', `Bearer ${customer.token}`);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe('OPERATOR_REQUIRED');
    expect((await h.notification.get('/deliveries')).status).toBe(401);
    expect((await h.notification.post('/deliveries/00000000-0000-4000-8000-000000000000/retry')).status).toBe(401);
  });
});
