import { beforeAll, describe, expect, it } from '@jest/globals';
import { createAccount, createOperator, createSubscription, createUser, daysFromNow, type TestUser } from '../../support/factories.js';
import { useHarness } from '../../support/suite.js';
import { auth } from './licensing-support.js';

describe('operators list subscriptions: status, end dates, expiring soon, product, search, paging', () => {
  const h = useHarness({ services: ['licensing'] });
  let operator: TestUser;
  let customer: TestUser;
  const ids: Record<string, string> = {};
  let accountId: string;
  let otherProductId: string;

  beforeAll(async () => {
    operator = await createOperator(h.db);
    customer = await createUser(h.db);
    accountId = (await createAccount(h.db, customer, 'Listing Corp')).id;
    ids.soon = (await createSubscription(h.db, { accountId, endsOn: daysFromNow(10) })).subscription.id;
    ids.later = (await createSubscription(h.db, { accountId, endsOn: daysFromNow(200) })).subscription.id;
    ids.expired = (await createSubscription(h.db, { accountId, endsOn: daysFromNow(-5) })).subscription.id;
    ids.suspended = (await createSubscription(h.db, { accountId, endsOn: daysFromNow(20), status: 'suspended' })).subscription.id;
    ids.unregistered = (await createSubscription(h.db, { accountId: null, endsOn: daysFromNow(400) })).subscription.id;
    const product = await h.licensing.post('/operator/products').set(auth(operator)).send({ code: 'other-product', name: 'Other Product' });
    expect(product.status).toBe(201);
    otherProductId = product.body.id;
    ids.cancelled = (await createSubscription(h.db, { accountId, endsOn: daysFromNow(50) })).subscription.id;
    await h.db.query(`UPDATE subscriptions SET product_id = $1, name = 'Cancelled Other', status = 'cancelled' WHERE id = $2`, [otherProductId, ids.cancelled]);
  });

  const list = (query: Record<string, string | number | boolean>) => h.licensing.get('/operator/subscriptions').query(query).set(auth(operator));
  const listed = async (query: Record<string, string | number | boolean>) => {
    const res = await list(query);
    expect(res.status).toBe(200);
    return (res.body.items as Array<{ id: string }>).map((s) => s.id);
  };

  it('lists every subscription by end date with its account, status and per-status counts', async () => {
    const res = await list({});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ page: 1, pageSize: 50, total: 6, counts: { all: 6, active: 3, expired: 1, suspended: 1, cancelled: 1 } });
    expect(res.body.items.map((s: { id: string }) => s.id)).toEqual([ids.expired, ids.soon, ids.suspended, ids.cancelled, ids.later, ids.unregistered]);
    const soon = res.body.items[1];
    expect(soon).toMatchObject({ status: 'active', expiringSoon: true, account: { id: accountId, companyName: 'Listing Corp', supportCode: expect.any(String) } });
    expect(res.body.items.at(-1).account).toBeNull();
    expect(res.body.items[3]).toMatchObject({ status: 'cancelled', product: { id: otherProductId, code: 'other-product' } });
  });

  it('filters by status, end date range, expiring soon, product, account and search; counts follow every filter but status', async () => {
    expect(await listed({ status: 'active' })).toEqual([ids.soon, ids.later, ids.unregistered]);
    expect(await listed({ status: 'expired' })).toEqual([ids.expired]);
    expect(await listed({ expiringSoon: true })).toEqual([ids.soon]);
    expect(await listed({ expiringSoon: false, status: 'active' })).toEqual([ids.later, ids.unregistered]);
    expect(await listed({ endsFrom: daysFromNow(0), endsTo: daysFromNow(60) })).toEqual([ids.soon, ids.suspended, ids.cancelled]);
    expect(await listed({ productId: otherProductId })).toEqual([ids.cancelled]);
    expect(await listed({ accountId, status: 'active' })).toEqual([ids.soon, ids.later]);
    expect(await listed({ search: 'listing' })).toHaveLength(5);
    expect(await listed({ search: 'cancelled oth' })).toEqual([ids.cancelled]);
    expect(await listed({ search: '%' })).toEqual([]);
    const ranged = await list({ endsFrom: daysFromNow(0), endsTo: daysFromNow(60), status: 'active' });
    expect(ranged.body).toMatchObject({ total: 1, counts: { all: 3, active: 1, expired: 0, suspended: 1, cancelled: 1 } });
  });

  it('sorts either way and pages with page and pageSize', async () => {
    expect(await listed({ order: 'desc' })).toEqual([ids.unregistered, ids.later, ids.cancelled, ids.suspended, ids.soon, ids.expired]);
    const second = await list({ page: 2, pageSize: 2 });
    expect(second.body).toMatchObject({ page: 2, pageSize: 2, total: 6 });
    expect(second.body.items.map((s: { id: string }) => s.id)).toEqual([ids.suspended, ids.cancelled]);
    expect((await listed({ sort: 'name', status: 'cancelled' }))).toEqual([ids.cancelled]);
  });

  it('refuses bad filters with 400 and customers with 403', async () => {
    const bads: Array<Record<string, string | number>> = [
      { status: 'sometimes' },
      { endsFrom: '2026-02-30' },
      { endsTo: 'tomorrow' },
      { expiringSoon: 'yes' },
      { productId: 'nope' },
      { pageSize: 201 },
      { page: 0 },
      { sort: 'price' },
    ];
    for (const bad of bads) {
      const res = await list(bad);
      expect({ bad, status: res.status, code: res.body.code }).toEqual({ bad, status: 400, code: 'VALIDATION_FAILED' });
    }
    const asCustomer = await h.licensing.get('/operator/subscriptions').set(auth(customer));
    expect({ status: asCustomer.status, code: asCustomer.body.code }).toEqual({ status: 403, code: 'OPERATOR_REQUIRED' });
  });
});
