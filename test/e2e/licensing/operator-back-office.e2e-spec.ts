import { beforeAll, describe, expect, it } from '@jest/globals';
import { createAccount, createOperator, createUser, daysFromNow, type TestUser } from '../../support/factories.js';
import { useHarness } from '../../support/suite.js';
import { auth, operatorCreates } from './licensing-support.js';

describe('operators\' back office: subscriptions, trials, order history, look-ups, catalogue', () => {
  const h = useHarness({ services: ['licensing', 'notification'] });
  let operator: TestUser;
  let customer: TestUser;
  let productId: string;

  beforeAll(async () => {
    operator = await createOperator(h.db);
    customer = await createUser(h.db);
    const products = await h.licensing.get('/operator/products').set(auth(operator));
    productId = products.body.items.find((p: { code: string }) => p.code === 'mac-management').id;
  });

  it('refuses customers and anonymous callers', async () => {
    const anonymous = await h.licensing.get('/operator/products');
    expect(anonymous.status).toBe(401);
    const asCustomer = await h.licensing.post('/operator/subscriptions').set(auth(customer)).send({ quantity: 5, endsOn: daysFromNow(300) });
    expect(asCustomer.status).toBe(403);
    expect(asCustomer.body.code).toBe('OPERATOR_REQUIRED');
    const [{ count }] = await h.db.query(`SELECT count(*)::int AS count FROM subscriptions`);
    expect(count).toBe(0);
  });

  it('lists the seeded product and adds another, refusing a taken code', async () => {
    const list = await h.licensing.get('/operator/products').set(auth(operator));
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'mac-management', name: expect.any(String) })]));
    const created = await h.licensing.post('/operator/products').set(auth(operator)).send({ code: 'ios-management', name: 'iOS Management' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), code: 'ios-management', name: 'iOS Management' });
    const again = await h.licensing.post('/operator/products').set(auth(operator)).send({ code: 'ios-management', name: 'Again' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PRODUCT_CODE_TAKEN');

    // Paged in SQL by name: with one per page, page 2 is the second product by name and the total is echoed.
    const all = await h.licensing.get('/operator/products').set(auth(operator));
    expect(all.body).toMatchObject({ page: 1, pageSize: 50, total: all.body.items.length });
    expect(all.body.items.map((p: { name: string }) => p.name)).toEqual([...all.body.items.map((p: { name: string }) => p.name)].sort());
    const page2 = await h.licensing.get('/operator/products?page=2&pageSize=1').set(auth(operator));
    expect(page2.status).toBe(200);
    expect(page2.body).toMatchObject({ page: 2, pageSize: 1, total: all.body.items.length });
    expect(page2.body.items).toEqual([all.body.items[1]]);
  });

  it('creates an unregistered subscription: the primary key comes back in clear once, stored only hashed and encrypted', async () => {
    const res = await h.licensing
      .post('/operator/subscriptions')
      .set(auth(operator))
      .send({
        quantity: 20,
        startsOn: daysFromNow(0),
        endsOn: daysFromNow(364),
        renewalEnabled: true,
        contractNumber: 'C-1001',
        salesChannel: 'reseller',
        resellerName: 'Contoso',
        contractTerms: 'Net 30',
        reference: 'SO-1',
      });
    expect(res.status).toBe(201);
    expect(res.body.key).toMatch(/^[2-9A-HJ-NP-Z]{5}(-[2-9A-HJ-NP-Z]{5}){4}$/);
    expect(res.body.subscription).toMatchObject({
      id: res.body.id,
      status: 'active',
      storedStatus: 'active',
      account: null,
      quantity: 20,
      renewalEnabled: true,
      isTrial: false,
      registeredAt: null,
      contract: { contractNumber: 'C-1001', salesChannel: 'reseller', resellerName: 'Contoso', terms: 'Net 30' },
      orders: [{ kind: 'purchase', quantityChange: 20, reference: 'SO-1', performedBy: operator.id, endsOnAfter: daysFromNow(364) }],
      licenseKeys: [{ keyKind: 'primary', name: 'Primary Key', quota: 20, used: 0, vacant: 20, key: res.body.key, keyMasked: false }],
    });
    const [row] = await h.db.query(`SELECT key_hash, key_ciphertext, key_last FROM license_keys WHERE subscription_id = $1`, [res.body.id]);
    expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.key_ciphertext).not.toContain(res.body.key);
    expect(row.key_last).toBe(res.body.key.slice(-5));
  });

  it('creates a subscription straight into an existing account, or answers 404 for an unknown account or product', async () => {
    const account = await createAccount(h.db, customer, 'Direct Buyer Ltd');
    const created = await operatorCreates(h, operator, { accountId: account.id, quantity: 3, endsOn: daysFromNow(100) });
    const [row] = await h.db.query(`SELECT account_id, registered_at FROM subscriptions WHERE id = $1`, [created.id]);
    expect(row.account_id).toBe(account.id);
    expect(row.registered_at).not.toBeNull();

    const unknownAccount = await h.licensing
      .post('/operator/subscriptions')
      .set(auth(operator))
      .send({ accountId: '00000000-0000-4000-8000-000000000000', quantity: 3, endsOn: daysFromNow(100) });
    expect(unknownAccount.status).toBe(404);
    expect(unknownAccount.body.code).toBe('ACCOUNT_NOT_FOUND');
    const unknownProduct = await h.licensing
      .post('/operator/subscriptions')
      .set(auth(operator))
      .send({ productCode: 'nope', quantity: 3, endsOn: daysFromNow(100) });
    expect(unknownProduct.status).toBe(404);
    expect(unknownProduct.body.code).toBe('PRODUCT_NOT_FOUND');
  });

  it('validates the request: end date required, quantity too (except trials), period in order', async () => {
    const missing = await h.licensing.post('/operator/subscriptions').set(auth(operator)).send({});
    expect(missing.status).toBe(400);
    expect((missing.body.details as Array<{ field: string }>).map((d) => d.field).sort()).toEqual(['endsOn', 'quantity']);
    const trialWithoutEnd = await h.licensing.post('/operator/subscriptions').set(auth(operator)).send({ isTrial: true });
    expect(trialWithoutEnd.status).toBe(400);
    expect(trialWithoutEnd.body.code).toBe('VALIDATION_FAILED');
    expect((trialWithoutEnd.body.details as Array<{ field: string }>).map((d) => d.field)).toEqual(['endsOn']);
    const badDate = await h.licensing.post('/operator/subscriptions').set(auth(operator)).send({ quantity: 1, endsOn: '2026-02-30' });
    expect(badDate.status).toBe(400);
    const backwards = await h.licensing
      .post('/operator/subscriptions')
      .set(auth(operator))
      .send({ quantity: 1, startsOn: daysFromNow(10), endsOn: daysFromNow(5) });
    expect(backwards.status).toBe(400);
    expect(backwards.body.code).toBe('INVALID_PERIOD');
  });

  it('creates trials with a small default quantity, and refuses big or long ones', async () => {
    const trial = await h.licensing.post('/operator/subscriptions').set(auth(operator)).send({ isTrial: true, endsOn: daysFromNow(29) });
    expect(trial.status).toBe(201);
    expect(trial.body.subscription).toMatchObject({
      isTrial: true,
      quantity: 5,
      startsOn: daysFromNow(0),
      endsOn: daysFromNow(29),
      orders: [{ kind: 'trial', quantityChange: 5 }],
    });
    expect(trial.body.subscription.name).toMatch(/Trial$/);
    const big = await h.licensing.post('/operator/subscriptions').set(auth(operator)).send({ isTrial: true, quantity: 500, endsOn: daysFromNow(29) });
    expect(big.status).toBe(422);
    expect(big.body.code).toBe('TRIAL_LIMIT_EXCEEDED');
    const long = await h.licensing.post('/operator/subscriptions').set(auth(operator)).send({ isTrial: true, endsOn: daysFromNow(200) });
    expect(long.status).toBe(422);
  });

  it('upgrades, renews, suspends, reactivates and cancels, each appended to the order history with who did it', async () => {
    const other = await createOperator(h.db);
    const s = await operatorCreates(h, operator, { quantity: 10, endsOn: daysFromNow(30) });

    const upgraded = await h.licensing.post(`/operator/subscriptions/${s.id}/upgrade`).set(auth(other)).send({ additionalQuantity: 5, reference: 'SO-2' });
    expect(upgraded.status).toBe(200);
    expect(upgraded.body.quantity).toBe(15);
    expect(upgraded.body.licenseKeys[0].quota).toBe(15);

    const renewed = await h.licensing.post(`/operator/subscriptions/${s.id}/renew`).set(auth(operator)).send({ endsOn: daysFromNow(395) });
    expect(renewed.status).toBe(200);
    expect(renewed.body.endsOn).toBe(daysFromNow(395));
    const notLater = await h.licensing.post(`/operator/subscriptions/${s.id}/renew`).set(auth(operator)).send({ endsOn: daysFromNow(200) });
    expect(notLater.status).toBe(400);
    expect(notLater.body.code).toBe('RENEWAL_NOT_LATER');

    const suspended = await h.licensing.post(`/operator/subscriptions/${s.id}/suspend`).set(auth(operator)).send({ reference: 'unpaid' });
    expect(suspended.status).toBe(200);
    expect(suspended.body.status).toBe('suspended');
    const suspendAgain = await h.licensing.post(`/operator/subscriptions/${s.id}/suspend`).set(auth(operator)).send({});
    expect(suspendAgain.status).toBe(409);
    expect(suspendAgain.body.code).toBe('INVALID_STATUS_TRANSITION');

    const reactivated = await h.licensing.post(`/operator/subscriptions/${s.id}/reactivate`).set(auth(operator)).send({});
    expect(reactivated.body.status).toBe('active');
    const cancelled = await h.licensing.post(`/operator/subscriptions/${s.id}/cancel`).set(auth(operator)).send({});
    expect(cancelled.body.status).toBe('cancelled');
    for (const path of ['upgrade', 'renew']) {
      const refused = await h.licensing
        .post(`/operator/subscriptions/${s.id}/${path}`)
        .set(auth(operator))
        .send(path === 'upgrade' ? { additionalQuantity: 1 } : { endsOn: daysFromNow(800) });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('SUBSCRIPTION_CANCELLED');
    }
    const reactivateCancelled = await h.licensing.post(`/operator/subscriptions/${s.id}/reactivate`).set(auth(operator)).send({});
    expect(reactivateCancelled.status).toBe(409);

    const rows = await h.db.query(
      `SELECT kind, quantity_change, to_char(ends_on_before, 'YYYY-MM-DD') AS before, to_char(ends_on_after, 'YYYY-MM-DD') AS after, reference, performed_by
         FROM subscription_orders WHERE subscription_id = $1 ORDER BY created_at`,
      [s.id],
    );
    expect(rows).toEqual([
      { kind: 'purchase', quantity_change: 10, before: null, after: daysFromNow(30), reference: null, performed_by: operator.id },
      { kind: 'upgrade', quantity_change: 5, before: null, after: null, reference: 'SO-2', performed_by: other.id },
      { kind: 'renewal', quantity_change: 0, before: daysFromNow(30), after: daysFromNow(395), reference: null, performed_by: operator.id },
      { kind: 'suspension', quantity_change: 0, before: null, after: null, reference: 'unpaid', performed_by: operator.id },
      { kind: 'reactivation', quantity_change: 0, before: null, after: null, reference: null, performed_by: operator.id },
      { kind: 'cancellation', quantity_change: 0, before: null, after: null, reference: null, performed_by: operator.id },
    ]);
  });

  it('changes the renewal flag and contract details without an order', async () => {
    const s = await operatorCreates(h, operator, { quantity: 2, endsOn: daysFromNow(60) });
    const res = await h.licensing
      .patch(`/operator/subscriptions/${s.id}`)
      .set(auth(operator))
      .send({ renewalEnabled: true, contractNumber: 'C-77', salesChannel: 'direct', resellerName: null });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ renewalEnabled: true, contract: { contractNumber: 'C-77', salesChannel: 'direct', resellerName: null } });
    expect(res.body.orders).toHaveLength(1);
    const unknown = await h.licensing.get('/operator/subscriptions/not-a-uuid').set(auth(operator));
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('SUBSCRIPTION_NOT_FOUND');
  });

  it('looks up by key (primary or sublicense, typed loosely), by account id, support code and company', async () => {
    const owner = await createUser(h.db);
    const account = await createAccount(h.db, owner, 'Lookup Industries');
    const s = await operatorCreates(h, operator, { accountId: account.id, quantity: 8, endsOn: daysFromNow(90) });
    const sub = await h.licensing
      .post(`/accounts/${account.id}/subscriptions/${s.id}/sublicenses`)
      .set(auth(owner))
      .send({ name: 'Lab', quota: 2 });
    expect(sub.status).toBe(201);

    const byKey = await h.licensing.post('/operator/lookup/license-key').set(auth(operator)).send({ key: s.key.toLowerCase().replace(/-/g, ' ') });
    expect(byKey.status).toBe(200);
    expect(byKey.body.matchedKey).toMatchObject({ keyKind: 'primary', name: 'Primary Key' });
    expect(byKey.body.subscription).toMatchObject({ id: s.id, account: { id: account.id, companyName: 'Lookup Industries' } });
    expect(byKey.body.subscription.licenseKeys.map((k: { key: string }) => k.key)).toEqual([s.key, sub.body.key]);

    const bySublicense = await h.licensing.post('/operator/lookup/license-key').set(auth(operator)).send({ key: sub.body.key });
    expect(bySublicense.body.matchedKey).toMatchObject({ id: sub.body.id, keyKind: 'reserved', name: 'Lab' });

    const typo = s.key.slice(0, -1) + (s.key.endsWith('A') ? 'B' : 'A');
    const mistyped = await h.licensing.post('/operator/lookup/license-key').set(auth(operator)).send({ key: typo });
    expect(mistyped.status).toBe(400);
    expect(mistyped.body.code).toBe('LICENSE_KEY_MISTYPED');
    const malformed = await h.licensing.post('/operator/lookup/license-key').set(auth(operator)).send({ key: 'hello' });
    expect(malformed.body.code).toBe('LICENSE_KEY_MALFORMED');

    // The account is identity's; licensing adds its switch and the subscriptions filtered by account.
    const offline = await h.licensing.get(`/operator/accounts/${account.id}/offline-operations`).set(auth(operator));
    expect(offline.status).toBe(200);
    expect(offline.body).toMatchObject({ accountId: account.id, offlineOperationsEnabled: false });
    const subscriptions = await h.licensing.get('/operator/subscriptions').query({ accountId: account.id }).set(auth(operator));
    expect(subscriptions.body.items.map((x: { id: string }) => x.id)).toEqual([s.id]);
    const unknown = await h.licensing.get('/operator/accounts/00000000-0000-4000-8000-000000000000/offline-operations').set(auth(operator));
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('ACCOUNT_NOT_FOUND');
  });

  it('manages the downloads catalogue and the support contacts', async () => {
    const sha = 'AB'.repeat(32);
    const created = await h.licensing
      .post(`/operator/products/${productId}/downloads`)
      .set(auth(operator))
      .send({ version: '7.2.1', name: 'Installer', kind: 'installer', sizeBytes: 5_000_000_000, sha256: sha, url: 'https://downloads.example.com/7.2.1/setup.msi' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ productId, version: '7.2.1', kind: 'installer', sizeBytes: 5_000_000_000, sha256: sha.toLowerCase() });

    const invalid = await h.licensing
      .post(`/operator/products/${productId}/downloads`)
      .set(auth(operator))
      .send({ version: '7.2.1', name: 'Bad', kind: 'video', sizeBytes: -1, sha256: 'xyz', url: 'ftp://x' });
    expect(invalid.status).toBe(400);
    expect((invalid.body.details as Array<{ field: string }>).map((d) => d.field).sort()).toEqual(['kind', 'sha256', 'sizeBytes', 'url']);

    const updated = await h.licensing.patch(`/operator/downloads/${created.body.id}`).set(auth(operator)).send({ name: 'Installer (MSI)' });
    expect(updated.status).toBe(200);
    expect(updated.body.name).toBe('Installer (MSI)');
    await h.licensing
      .post(`/operator/products/${productId}/downloads`)
      .set(auth(operator))
      .send({ version: '7.10.0', name: 'Guide', kind: 'document', sizeBytes: 1000, sha256: sha, url: 'https://downloads.example.com/7.10.0/guide.pdf' });
    const list = await h.licensing.get(`/operator/products/${productId}/downloads`).set(auth(operator));
    expect(list.body.items.map((d: { version: string }) => d.version)).toEqual(['7.10.0', '7.2.1']);
    expect(list.body.versions).toEqual(['7.10.0', '7.2.1']);

    // The version selector filters on the server, paged like every list; the versions stay whole.
    await h.licensing
      .post(`/operator/products/${productId}/downloads`)
      .set(auth(operator))
      .send({ version: '7.2.1', name: 'Release notes', kind: 'document', sizeBytes: 1000, sha256: sha, url: 'https://downloads.example.com/7.2.1/notes.pdf' })
      .expect(201);
    const one = await h.licensing.get(`/operator/products/${productId}/downloads`).query({ version: '7.2.1' }).set(auth(operator));
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ total: 2, page: 1, versions: ['7.10.0', '7.2.1'] });
    expect(one.body.items.map((d: { name: string }) => d.name)).toEqual(['Release notes', 'Installer (MSI)']);
    const second = await h.licensing.get(`/operator/products/${productId}/downloads`).query({ version: '7.2.1', page: 2, pageSize: 1 }).set(auth(operator));
    expect(second.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(second.body.items.map((d: { name: string }) => d.name)).toEqual(['Installer (MSI)']);
    const none = await h.licensing.get(`/operator/products/${productId}/downloads`).query({ version: '6.0.0' }).set(auth(operator));
    expect(none.body).toMatchObject({ total: 0, items: [], versions: ['7.10.0', '7.2.1'] });
    const tooLong = await h.licensing.get(`/operator/products/${productId}/downloads`).query({ version: '7'.repeat(51) }).set(auth(operator));
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.code).toBe('VALIDATION_FAILED');
    await h.licensing.delete(`/operator/downloads/${one.body.items[0].id}`).set(auth(operator)).expect(204);

    const removed = await h.licensing.delete(`/operator/downloads/${created.body.id}`).set(auth(operator));
    expect(removed.status).toBe(204);
    const removedAgain = await h.licensing.delete(`/operator/downloads/${created.body.id}`).set(auth(operator));
    expect(removedAgain.status).toBe(404);
    expect(removedAgain.body.code).toBe('DOWNLOAD_NOT_FOUND');
    // A malformed id names nothing: the same 404 and code as an unknown one, never a 400 or a 500.
    for (const res of [
      await h.licensing.patch('/operator/downloads/not-a-uuid').set(auth(operator)).send({ name: 'x' }),
      await h.licensing.delete('/operator/downloads/not-a-uuid').set(auth(operator)),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('DOWNLOAD_NOT_FOUND');
    }
    const badProduct = await h.licensing.get('/operator/products/not-a-uuid/downloads').set(auth(operator));
    expect(badProduct.status).toBe(404);
    expect(badProduct.body.code).toBe('PRODUCT_NOT_FOUND');
    const upperCase = await h.licensing.get(`/operator/products/${productId.toUpperCase()}/downloads`).set(auth(operator));
    expect(upperCase.status).toBe(200);
    expect(upperCase.body.items.map((d: { version: string }) => d.version)).toEqual(['7.10.0']);

    const support = await h.licensing
      .put(`/operator/products/${productId}/support`)
      .set(auth(operator))
      .send({ email: 'support@vendor.example', phone: '+41 52 672 20 30', url: 'https://support.vendor.example', hours: '24/7' });
    expect(support.status).toBe(200);
    expect(support.body).toMatchObject({ product: { id: productId }, email: 'support@vendor.example', hours: '24/7' });
    const read = await h.licensing.get(`/operator/products/${productId}/support`).set(auth(operator));
    expect(read.body.url).toBe('https://support.vendor.example');
  });
});
