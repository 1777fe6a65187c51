import { describe, expect, it } from '@jest/globals';
import { createInstallation, daysFromNow } from '../../support/factories.js';
import { eventually } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { auth, keyRows, operatorCreates, useTenant } from './licensing-support.js';

describe('sublicenses: carving, rules, upgrade, renewal, deletion, concurrency', () => {
  const h = useHarness({ services: ['licensing', 'notification'] });
  const t = useTenant(h, 'Carving Corp');

  const base = (subscriptionId: string) => `/accounts/${t.accountId}/subscriptions/${subscriptionId}`;
  const create = (subscriptionId: string, body: Record<string, unknown>) => h.licensing.post(`${base(subscriptionId)}/sublicenses`).set(auth(t.admin)).send(body);
  const keysOf = async (subscriptionId: string) => (await h.licensing.get(`${base(subscriptionId)}/license-keys`).set(auth(t.admin))).body.items;
  const newSubscription = (quantity: number, endsInDays = 200) => operatorCreates(h, t.operator, { accountId: t.accountId, quantity, endsOn: daysFromNow(endsInDays) });

  it('carves a sublicense out of the primary key and lists both with quota, used, vacant and expiry', async () => {
    const s = await newSubscription(10);
    const { id: installationId } = await createInstallation(h.db, { accountId: t.accountId, licenseKeyId: s.primaryKeyId, managedComputers: 3, serverName: 'primary.corp.example' });
    const res = await create(s.id, { name: 'Berlin site', quota: 4 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Berlin site',
      keyKind: 'reserved',
      quota: 4,
      used: 0,
      vacant: 4,
      renewsWithSubscription: true,
      expiresOn: daysFromNow(200),
      expired: false,
      keyMasked: false,
      installation: null,
    });
    expect(res.body.key).toMatch(/^[2-9A-HJ-NP-Z]{5}(-[2-9A-HJ-NP-Z]{5}){4}$/);
    expect(res.body.key).not.toBe(s.key);

    const keys = await keysOf(s.id);
    expect(keys).toEqual([
      expect.objectContaining({ keyKind: 'primary', quota: 6, used: 3, vacant: 3, key: s.key, installation: { id: installationId, serverName: 'primary.corp.example' } }),
      expect.objectContaining({ id: res.body.id, name: 'Berlin site', quota: 4, key: res.body.key }),
    ]);
    const unnamed = await create(s.id, { quota: 1 });
    expect(unnamed.body.name).toBe('License Key 2');

    // Paged in SQL: the primary first, then by creation; page 2 of 2 per page holds the second sublicense, the total is echoed.
    const list = (query: string) => h.licensing.get(`${base(s.id)}/license-keys?${query}`).set(auth(t.admin));
    const page2 = await list('page=2&pageSize=2');
    expect(page2.status).toBe(200);
    expect(page2.body).toMatchObject({ page: 2, pageSize: 2, total: 3 });
    expect(page2.body.items.map((k: { id: string }) => k.id)).toEqual([unnamed.body.id]);
    // Sorted by a column in SQL, ties in the default order; desc alone reverses the default order.
    const byQuota = await list('sort=quota&order=desc&pageSize=2');
    expect(byQuota.body.items.map((k: { quota: number }) => k.quota)).toEqual([5, 4]);
    expect(byQuota.body.total).toBe(3);
    const byVacant = await list('sort=vacant');
    expect(byVacant.body.items.map((k: { vacant: number }) => k.vacant)).toEqual([1, 2, 4]);
    const byName = await list('sort=name&page=2&pageSize=1');
    expect(byName.body.items.map((k: { name: string }) => k.name)).toEqual(['License Key 2']);
    const reversed = await list('order=desc');
    expect(reversed.body.items.map((k: { id: string }) => k.id)).toEqual([unnamed.body.id, res.body.id, s.primaryKeyId]);
    const badId = await h.licensing.get(`/accounts/${t.accountId}/subscriptions/not-a-uuid/license-keys`).set(auth(t.admin));
    expect(badId.status).toBe(404);
    expect(badId.body.code).toBe('SUBSCRIPTION_NOT_FOUND');
    const badKey = await h.licensing.delete(`${base(s.id)}/sublicenses/not-a-uuid`).set(auth(t.admin));
    expect(badKey.status).toBe(404);
    expect(badKey.body.code).toBe('SUBLICENSE_NOT_FOUND');
  });

  it('takes quota only from vacant licenses on the primary key (QUOTA_EXCEEDED), counting its usage', async () => {
    const s = await newSubscription(10);
    await createInstallation(h.db, { accountId: t.accountId, licenseKeyId: s.primaryKeyId, managedComputers: 7 });
    const tooMuch = await create(s.id, { quota: 4 });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body).toMatchObject({ code: 'QUOTA_EXCEEDED', details: { needed: 4, vacant: 3 } });
    expect((await create(s.id, { quota: 3 })).status).toBe(201);
    expect((await create(s.id, { quota: 1 })).body.code).toBe('QUOTA_EXCEEDED');
    expect((await keyRows(h.db, s.id)).map((k) => [k.kind, k.quota])).toEqual([['primary', 7], ['reserved', 3]]);
  });

  it('refuses an own expiry after the subscription end, in the past, or missing', async () => {
    const s = await newSubscription(10, 100);
    const after = await create(s.id, { quota: 1, renewsWithSubscription: false, expiresOn: daysFromNow(101) });
    expect(after.status).toBe(422);
    expect(after.body.code).toBe('EXPIRY_AFTER_SUBSCRIPTION');
    const past = await create(s.id, { quota: 1, renewsWithSubscription: false, expiresOn: daysFromNow(-1) });
    expect(past.body.code).toBe('EXPIRY_IN_PAST');
    const missing = await create(s.id, { quota: 1, renewsWithSubscription: false });
    expect(missing.body.code).toBe('EXPIRY_REQUIRED');
    const both = await create(s.id, { quota: 1, expiresOn: daysFromNow(50) });
    expect(both.body.code).toBe('EXPIRY_WITH_RENEWAL');
    const ok = await create(s.id, { quota: 1, renewsWithSubscription: false, expiresOn: daysFromNow(100) });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ renewsWithSubscription: false, expiresOn: daysFromNow(100) });
  });

  it('modifies name, quota and expiry; never below the key\'s usage, never beyond the vacant licenses', async () => {
    const s = await newSubscription(10);
    const sub = (await create(s.id, { name: 'Lab', quota: 4 })).body;
    await createInstallation(h.db, { accountId: t.accountId, licenseKeyId: sub.id, managedComputers: 3, serverName: 'lab.corp.example' });
    const path = `${base(s.id)}/sublicenses/${sub.id}`;

    const below = await h.licensing.patch(path).set(auth(t.admin)).send({ quota: 2 });
    expect(below.status).toBe(409);
    expect(below.body).toMatchObject({ code: 'QUOTA_BELOW_USAGE', details: { used: 3 } });
    const beyond = await h.licensing.patch(path).set(auth(t.admin)).send({ quota: 11 });
    expect(beyond.body.code).toBe('QUOTA_EXCEEDED');

    const changed = await h.licensing
      .patch(path)
      .set(auth(t.admin))
      .send({ name: 'Lab 2', quota: 8, renewsWithSubscription: false, expiresOn: daysFromNow(150) });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: 'Lab 2', quota: 8, used: 3, vacant: 5, renewsWithSubscription: false, expiresOn: daysFromNow(150) });
    expect(changed.body.installation).toMatchObject({ serverName: 'lab.corp.example' });
    expect((await keyRows(h.db, s.id)).map((k) => [k.kind, k.quota])).toEqual([['primary', 2], ['reserved', 8]]);

    const back = await h.licensing.patch(path).set(auth(t.admin)).send({ quota: 3, renewsWithSubscription: true });
    expect(back.body).toMatchObject({ quota: 3, renewsWithSubscription: true, expiresOn: daysFromNow(200) });
    expect((await keyRows(h.db, s.id)).map((k) => [k.kind, k.quota, k.expires_on])).toEqual([['primary', 7, null], ['reserved', 3, null]]);

    const primary = await h.licensing.patch(`${base(s.id)}/sublicenses/${s.primaryKeyId}`).set(auth(t.admin)).send({ quota: 1 });
    expect(primary.status).toBe(404);
    expect(primary.body.code).toBe('SUBLICENSE_NOT_FOUND');
  });

  it('deleting a sublicense deactivates its installation and returns its quota, in one transaction', async () => {
    const s = await newSubscription(10);
    const sub = (await create(s.id, { name: 'Doomed', quota: 6 })).body;
    const { id: installationId } = await createInstallation(h.db, { accountId: t.accountId, licenseKeyId: sub.id, managedComputers: 2, serverName: 'doomed.corp.example' });
    const res = await h.licensing.delete(`${base(s.id)}/sublicenses/${sub.id}`).set(auth(t.admin));
    expect(res.status).toBe(204);

    const [installation] = await h.db.query(`SELECT status, deactivated_at, deactivation_reason, license_key_id FROM installations WHERE id = $1`, [installationId]);
    expect(installation).toMatchObject({ status: 'deactivated', deactivation_reason: 'sublicense-deleted', license_key_id: null });
    expect(installation.deactivated_at).not.toBeNull();
    expect((await keyRows(h.db, s.id)).map((k) => [k.kind, k.quota])).toEqual([['primary', 10]]);
    const events = await h.db.query(`SELECT payload FROM outbox_events WHERE type = 'installation.deactivated' AND payload->>'installationId' = $1`, [installationId]);
    expect(events).toEqual([{ payload: { accountId: t.accountId, installationId, serverName: 'doomed.corp.example', byUserId: t.admin.id } }]);

    const again = await h.licensing.delete(`${base(s.id)}/sublicenses/${sub.id}`).set(auth(t.admin));
    expect(again.status).toBe(404);
  });

  it('an upgrade raises the primary quota and leaves the sublicenses alone', async () => {
    const s = await newSubscription(10);
    await create(s.id, { quota: 4 });
    const up = await h.licensing.post(`/operator/subscriptions/${s.id}/upgrade`).set(auth(t.operator)).send({ additionalQuantity: 5 });
    expect(up.status).toBe(200);
    expect((await keyRows(h.db, s.id)).map((k) => [k.kind, k.quota])).toEqual([['primary', 11], ['reserved', 4]]);
    expect((await create(s.id, { quota: 11 })).status).toBe(201);
  });

  it('a renewal moves the expiry of renewing sublicenses only', async () => {
    const s = await newSubscription(10, 60);
    const renewing = (await create(s.id, { name: 'Renewing', quota: 2 })).body;
    const own = (await create(s.id, { name: 'Own', quota: 2, renewsWithSubscription: false, expiresOn: daysFromNow(45) })).body;
    await h.licensing.post(`/operator/subscriptions/${s.id}/renew`).set(auth(t.operator)).send({ endsOn: daysFromNow(425) });
    const keys = await keysOf(s.id);
    const byId = (id: string) => keys.find((k: { id: string }) => k.id === id);
    expect(byId(s.primaryKeyId).expiresOn).toBe(daysFromNow(425));
    expect(byId(renewing.id).expiresOn).toBe(daysFromNow(425));
    expect(byId(own.id).expiresOn).toBe(daysFromNow(45));
  });

  it('never oversells under concurrent creations: the sum stays within the quantity', async () => {
    const s = await newSubscription(30);
    const attempts = 20;
    const results = await Promise.all(Array.from({ length: attempts }, (_, i) => create(s.id, { name: `Concurrent ${i}`, quota: 4 })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((st) => st !== 201 && st !== 409)).toEqual([]);
    const created = statuses.filter((st) => st === 201).length;
    expect(created).toBe(Math.floor(30 / 4));
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'QUOTA_EXCEEDED')).toBe(true);

    const rows = await keyRows(h.db, s.id);
    const reserved = rows.filter((k) => k.kind === 'reserved');
    expect(reserved).toHaveLength(created);
    const primary = rows.find((k) => k.kind === 'primary')!;
    expect(primary.quota + reserved.reduce((sum, k) => sum + k.quota, 0)).toBe(30);
    expect(primary.quota).toBe(30 - 4 * created);
  });

  it('concurrent upgrades and creations keep primary = quantity - sum of sublicenses', async () => {
    const s = await newSubscription(10);
    await Promise.all([
      ...Array.from({ length: 6 }, () => create(s.id, { quota: 2 })),
      ...Array.from({ length: 3 }, () => h.licensing.post(`/operator/subscriptions/${s.id}/upgrade`).set(auth(t.operator)).send({ additionalQuantity: 1 })),
    ]);
    const [{ quantity }] = await h.db.query(`SELECT quantity FROM subscriptions WHERE id = $1`, [s.id]);
    expect(quantity).toBe(13);
    const rows = await keyRows(h.db, s.id);
    const sum = rows.filter((k) => k.kind === 'reserved').reduce((acc, k) => acc + k.quota, 0);
    expect(sum).toBeLessThanOrEqual(13);
    expect(rows.find((k) => k.kind === 'primary')!.quota).toBe(13 - sum);
  });

  it('the outbox event of a deletion is relayed (the notification service picks it up)', async () => {
    const s = await newSubscription(5);
    const sub = (await create(s.id, { quota: 1 })).body;
    const { id: installationId } = await createInstallation(h.db, { accountId: t.accountId, licenseKeyId: sub.id });
    await h.licensing.delete(`${base(s.id)}/sublicenses/${sub.id}`).set(auth(t.admin));
    await eventually(async () => {
      const [row] = await h.db.query(`SELECT published_at FROM outbox_events WHERE payload->>'installationId' = $1`, [installationId]);
      return row?.published_at ? row : undefined;
    });
  });
});
