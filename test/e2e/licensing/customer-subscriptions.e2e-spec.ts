import { beforeAll, describe, expect, it } from '@jest/globals';
import { addMember, createAccount, createInstallation, createOperator, createUser, daysFromNow, type TestUser } from '../../support/factories.js';
import { useHarness } from '../../support/suite.js';
import { auth, operatorCreates, type CreatedSubscription } from './licensing-support.js';

describe('the customer\'s portal: dashboard, subscriptions, keys, downloads, support; members read, admins change', () => {
  const h = useHarness({ services: ['licensing', 'notification'] });
  let operator: TestUser;
  let admin: TestUser;
  let member: TestUser;
  let accountId: string;
  let productId: string;
  let main: CreatedSubscription;
  let expiring: CreatedSubscription;
  let expired: CreatedSubscription;

  beforeAll(async () => {
    operator = await createOperator(h.db);
    admin = await createUser(h.db);
    member = await createUser(h.db);
    accountId = (await createAccount(h.db, admin, 'Portal Corp')).id;
    await addMember(h.db, accountId, member, 'member');
    main = await operatorCreates(h, operator, { accountId, name: 'Berlin Office', quantity: 20, startsOn: daysFromNow(-30), endsOn: daysFromNow(300) });
    expiring = await operatorCreates(h, operator, { accountId, name: 'Munich Office', quantity: 5, startsOn: daysFromNow(-300), endsOn: daysFromNow(10) });
    expired = await operatorCreates(h, operator, { accountId, name: 'Old Berlin', quantity: 7, startsOn: daysFromNow(-400), endsOn: daysFromNow(-1) });
    productId = (await h.db.query(`SELECT id FROM products WHERE code = 'mac-management'`))[0].id;
  });

  const get = (user: TestUser, path: string) => h.licensing.get(`/accounts/${accountId}${path}`).set(auth(user));

  it('shows the dashboard: licensed computers, active subscriptions, proxy servers, offline operations, links', async () => {
    await createInstallation(h.db, { accountId, licenseKeyId: main.primaryKeyId, managedComputers: 4 });
    await createInstallation(h.db, { accountId, licenseKeyId: expiring.primaryKeyId, managedComputers: 1 });
    const res = await get(member, '/dashboard');
    expect(res.status).toBe(200);
    expect(res.body.products).toEqual([
      expect.objectContaining({
        product: expect.objectContaining({ id: productId, code: 'mac-management' }),
        licensedComputers: 25,
        activeSubscriptions: 2,
        allSubscriptions: 3,
        registeredProxyServers: 2,
        offlineOperationsEnabled: false,
        links: {
          subscriptions: `/accounts/${accountId}/subscriptions?productId=${productId}&status=active`,
          downloads: `/accounts/${accountId}/products/${productId}/downloads`,
          support: `/accounts/${accountId}/support`,
          supportPage: null,
          proxyServers: `/accounts/${accountId}/installations`,
          offlineOperations: null,
          mdmPushCertificate: `/accounts/${accountId}/mdm/push-certificate-requests`,
        },
      }),
    ]);
    // Without the MDM settings signing answers 503: the dashboard says so, and the portal offers no button.
    expect(res.body.mdmSigning).toEqual({ available: false, reason: 'MDM_NOT_CONFIGURED' });
    const signing = await h.licensing
      .post(res.body.products[0].links.mdmPushCertificate)
      .set(auth(admin))
      .send({ csr: '-----BEGIN CERTIFICATE REQUEST-----\nAA==\n-----END CERTIFICATE REQUEST-----' });
    expect({ status: signing.status, code: signing.body.code }).toEqual({ status: 503, code: 'MDM_NOT_CONFIGURED' });
    expect(res.body.supportCode).toMatch(/^\d{5}-\d{5}$/);
  });

  it('lists subscriptions by status, sorted by end date either way, searched by name', async () => {
    const all = await get(member, '/subscriptions');
    expect(all.status).toBe(200);
    expect(all.body.items.map((s: { name: string }) => s.name)).toEqual(['Old Berlin', 'Munich Office', 'Berlin Office']);
    expect(all.body.counts).toEqual({ all: 3, active: 2, expired: 1, suspended: 0, cancelled: 0 });
    expect(all.body.items.map((s: { status: string }) => s.status)).toEqual(['expired', 'active', 'active']);
    expect(all.body.items[1].expiringSoon).toBe(true);

    const active = await get(member, '/subscriptions?status=active&order=desc');
    expect(active.body.items.map((s: { id: string }) => s.id)).toEqual([main.id, expiring.id]);
    expect(active.body.total).toBe(2);
    const onlyExpired = await get(member, '/subscriptions?status=expired');
    expect(onlyExpired.body.items.map((s: { id: string }) => s.id)).toEqual([expired.id]);
    const search = await get(member, '/subscriptions?search=berlin');
    expect(search.body.items.map((s: { id: string }) => s.id)).toEqual([expired.id, main.id]);
    const paged = await get(member, '/subscriptions?page=2&pageSize=1');
    expect(paged.body).toMatchObject({ total: 3, page: 2, pageSize: 1, items: [{ id: expiring.id }] });

    const bad = await get(member, '/subscriptions?status=sometimes&pageSize=zero');
    expect(bad.status).toBe(400);
    expect((bad.body.details as Array<{ field: string }>).map((d) => d.field).sort()).toEqual(['pageSize', 'status']);
  });

  it('shows the details: status, renewal, dates, product and quantity, order history, contract', async () => {
    await h.licensing.post(`/operator/subscriptions/${main.id}/upgrade`).set(auth(operator)).send({ additionalQuantity: 5, reference: 'SO-9' });
    const res = await get(member, `/subscriptions/${main.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: main.id,
      name: 'Berlin Office',
      status: 'active',
      quantity: 25,
      startsOn: daysFromNow(-30),
      endsOn: daysFromNow(300),
      renewalEnabled: false,
      product: { id: productId },
      contract: { salesChannel: 'direct', contractNumber: null },
      orders: [
        { kind: 'purchase', quantityChange: 20 },
        { kind: 'upgrade', quantityChange: 5, reference: 'SO-9' },
      ],
    });
    expect(res.body.orders[0]).not.toHaveProperty('performedBy');
    const expiredDetails = await get(member, `/subscriptions/${expired.id}`);
    expect(expiredDetails.body.status).toBe('expired');
  });

  it('shows the keys in full to admins and masked to members, with the installation using each', async () => {
    const sub = await h.licensing
      .post(`/accounts/${accountId}/subscriptions/${main.id}/sublicenses`)
      .set(auth(admin))
      .send({ name: 'Site B', quota: 3 });
    expect(sub.status).toBe(201);
    const asAdmin = await get(admin, `/subscriptions/${main.id}/license-keys`);
    expect(asAdmin.body.items.map((k: { key: string; keyMasked: boolean }) => [k.key, k.keyMasked])).toEqual([
      [main.key, false],
      [sub.body.key, false],
    ]);
    const asMember = await get(member, `/subscriptions/${main.id}/license-keys`);
    expect(asMember.status).toBe(200);
    expect(asMember.body.items[0]).toMatchObject({
      key: `•••••-•••••-•••••-•••••-${main.key.slice(-5)}`,
      keyMasked: true,
      keyKind: 'primary',
      quota: 22,
      used: 4,
      vacant: 18,
      installation: { id: expect.any(String), serverName: expect.any(String) },
    });
    expect(JSON.stringify(asMember.body)).not.toContain(main.key);
    expect(JSON.stringify(asMember.body)).not.toContain(sub.body.key);
  });

  it('lets an admin rename a subscription', async () => {
    const res = await h.licensing.patch(`/accounts/${accountId}/subscriptions/${expiring.id}`).set(auth(admin)).send({ name: '  Munich HQ ' });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Munich HQ');
    const empty = await h.licensing.patch(`/accounts/${accountId}/subscriptions/${expiring.id}`).set(auth(admin)).send({ name: '' });
    expect(empty.status).toBe(400);
  });

  it('lets a member read but not change anything: every write answers 403 ADMIN_REQUIRED', async () => {
    const sub = (await h.licensing.post(`/accounts/${accountId}/subscriptions/${main.id}/sublicenses`).set(auth(admin)).send({ quota: 1 })).body;
    const writes = [
      h.licensing.patch(`/accounts/${accountId}/subscriptions/${main.id}`).set(auth(member)).send({ name: 'Mine now' }),
      h.licensing.post(`/accounts/${accountId}/subscriptions/${main.id}/sublicenses`).set(auth(member)).send({ quota: 1 }),
      h.licensing.patch(`/accounts/${accountId}/subscriptions/${main.id}/sublicenses/${sub.id}`).set(auth(member)).send({ quota: 2 }),
      h.licensing.delete(`/accounts/${accountId}/subscriptions/${main.id}/sublicenses/${sub.id}`).set(auth(member)),
    ];
    for (const res of await Promise.all(writes)) {
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('ADMIN_REQUIRED');
    }
    const [row] = await h.db.query(`SELECT name FROM subscriptions WHERE id = $1`, [main.id]);
    expect(row.name).toBe('Berlin Office');
    const [{ count }] = await h.db.query(`SELECT count(*)::int AS count FROM license_keys WHERE id = $1 AND quota = 1`, [sub.id]);
    expect(count).toBe(1);
  });

  it('answers 404 for another account\'s subscription, exactly like a missing one', async () => {
    const stranger = await createUser(h.db);
    const strangerAccount = (await createAccount(h.db, stranger, 'Other Corp')).id;
    const foreign = await operatorCreates(h, operator, { accountId: strangerAccount, quantity: 3, endsOn: daysFromNow(100) });
    const attempts = [
      get(admin, `/subscriptions/${foreign.id}`),
      get(admin, `/subscriptions/${foreign.id}/license-keys`),
      h.licensing.patch(`/accounts/${accountId}/subscriptions/${foreign.id}`).set(auth(admin)).send({ name: 'Taken' }),
      h.licensing.post(`/accounts/${accountId}/subscriptions/${foreign.id}/sublicenses`).set(auth(admin)).send({ quota: 1 }),
      get(admin, `/subscriptions/00000000-0000-4000-8000-000000000000`),
      get(admin, `/subscriptions/not-an-id`),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ statusCode: 404, code: 'SUBSCRIPTION_NOT_FOUND', message: 'Subscription not found' });
    }
    const list = await get(admin, '/subscriptions');
    expect(list.body.items.map((s: { id: string }) => s.id)).not.toContain(foreign.id);
    // And the other account itself is not reachable at all.
    const otherAccount = await h.licensing.get(`/accounts/${strangerAccount}/subscriptions`).set(auth(admin));
    expect(otherAccount.status).toBe(404);
    expect(otherAccount.body.code).toBe('ACCOUNT_NOT_FOUND');
  });

  it('shows downloads for the account\'s products by version, and the support contacts with the support code', async () => {
    const sha = 'c'.repeat(64);
    for (const [version, name] of [['7.1.0', 'Old installer'], ['7.2.0', 'Installer'], ['7.2.0', 'Admin guide']]) {
      await h.licensing
        .post(`/operator/products/${productId}/downloads`)
        .set(auth(operator))
        .send({ version, name, kind: name.includes('guide') ? 'document' : 'installer', sizeBytes: 1024, sha256: sha, url: `https://dl.example.com/${version}/${name.replace(/ /g, '-')}` });
    }
    await h.licensing.put(`/operator/products/${productId}/support`).set(auth(operator)).send({ email: 'help@vendor.example', url: 'https://help.vendor.example' });

    const newest = await get(member, `/products/${productId}/downloads`);
    expect(newest.status).toBe(200);
    expect(newest.body).toMatchObject({ versions: ['7.2.0', '7.1.0'], version: '7.2.0' });
    expect(newest.body.items.map((d: { name: string }) => d.name)).toEqual(['Admin guide', 'Installer']);
    const older = await get(member, `/products/${productId}/downloads?version=7.1.0`);
    expect(older.body.items.map((d: { name: string }) => d.name)).toEqual(['Old installer']);

    const otherProduct = await h.licensing.post('/operator/products').set(auth(operator)).send({ code: 'not-held', name: 'Not held' });
    const notHeld = await get(member, `/products/${otherProduct.body.id}/downloads`);
    expect(notHeld.status).toBe(404);
    expect(notHeld.body.code).toBe('PRODUCT_NOT_FOUND');
    const malformed = await get(member, '/products/not-a-uuid/downloads');
    expect(malformed.status).toBe(404);
    expect(malformed.body.code).toBe('PRODUCT_NOT_FOUND');

    const support = await get(member, '/support');
    expect(support.status).toBe(200);
    expect(support.body).toMatchObject({
      accountId,
      supportCode: expect.stringMatching(/^\d{5}-\d{5}$/),
      products: [{ product: { id: productId }, email: 'help@vendor.example', url: 'https://help.vendor.example', phone: null }],
    });
    const dashboard = await get(member, '/dashboard');
    expect(dashboard.body.products[0].links.supportPage).toBe('https://help.vendor.example');
  });
});
