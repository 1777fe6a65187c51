import { beforeAll, describe, expect, it } from '@jest/globals';
import { verify, X509Certificate } from 'node:crypto';
import { parse as parsePlist } from 'plist';
import { generateDevCertificate, generateDevCsr, type DevCertificateSet, type DevCsr } from '../../../apps/licensing/src/mdm/dev-certificate.js';
import { addMember, createAccount, createSubscription, createUser, daysFromNow, type TestUser } from '../../support/factories.js';
import { useHarness } from '../../support/suite.js';
import { binary, mdmEnv } from './mdm-support.js';

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

describe('MDM push certificate requests', () => {
  let dev: DevCertificateSet;
  let csr: DevCsr;
  const h = useHarness(async () => {
    [dev, csr] = await Promise.all([generateDevCertificate(), generateDevCsr({ subject: 'CN=Acme MDM Push, O=Acme Corp, C=DE' })]);
    return { services: ['licensing'], env: mdmEnv(dev) };
  });
  let admin: TestUser;
  let member: TestUser;
  let accountId: string;
  let otherAdmin: TestUser;
  let otherAccountId: string;

  beforeAll(async () => {
    admin = await createUser(h.db, { firstName: 'Ada', lastName: 'Admin' });
    member = await createUser(h.db);
    accountId = (await createAccount(h.db, admin)).id;
    await addMember(h.db, accountId, member, 'member');
    await createSubscription(h.db, { accountId });
    otherAdmin = await createUser(h.db);
    otherAccountId = (await createAccount(h.db, otherAdmin, 'Other Corp')).id;
    await createSubscription(h.db, { accountId: otherAccountId });
  });

  const path = (id: string) => `/accounts/${id}/mdm/push-certificate-requests`;
  const upload = (user: TestUser, id: string, body: Buffer, contentType = 'application/pkcs10') =>
    h.licensing.post(path(id)).set('authorization', `Bearer ${user.token}`).set('content-type', contentType).send(body);

  it('signs a DER CSR into the base64 plist Apple expects, and records it', async () => {
    const res = await upload(admin, accountId, csr.der).buffer(true).parse(binary);
    expect(res.status).toBe(201);
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['content-disposition']).toBe('attachment; filename="push-certificate-request.plist.b64"');
    const recordId = res.headers['x-signing-record-id'];

    const encoded = (res.body as Buffer).toString('ascii');
    expect(encoded).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    const xml = Buffer.from(encoded, 'base64').toString('utf8');
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<!DOCTYPE plist PUBLIC "-\/\/Apple\/\/DTD PLIST 1\.0\/\/EN"/);
    const parsed = parsePlist(xml) as Record<string, string>;
    expect(Object.keys(parsed).sort()).toEqual(['PushCertCertificateChain', 'PushCertRequestCSR', 'PushCertSignature']);

    // The CSR bytes are the uploaded ones, signed by the vendor key (SHA-256, PKCS#1 v1.5).
    const der = Buffer.from(parsed.PushCertRequestCSR as string, 'base64');
    expect(der.equals(csr.der)).toBe(true);
    const vendor = new X509Certificate(dev.vendorCertificatePem);
    expect(verify('sha256', der, vendor.publicKey, Buffer.from(parsed.PushCertSignature as string, 'base64'))).toBe(true);

    // The chain: vendor certificate, then the intermediate, then the root.
    const chain = (parsed.PushCertCertificateChain as string).match(PEM_CERTIFICATE)?.map((pem) => new X509Certificate(pem)) ?? [];
    expect(chain.map((c) => c.subject)).toEqual([
      vendor.subject,
      new X509Certificate(dev.intermediateCertificatePem).subject,
      new X509Certificate(dev.rootCertificatePem).subject,
    ]);
    expect(chain[0]?.checkIssued(chain[1] as X509Certificate)).toBe(true);
    expect(chain[1]?.checkIssued(chain[2] as X509Certificate)).toBe(true);

    const rows = await h.db.query(`SELECT * FROM mdm_push_certificate_requests WHERE id = $1`, [recordId]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      account_id: accountId,
      user_id: admin.id,
      csr_subject: 'CN=Acme MDM Push, O=Acme Corp, C=DE',
      public_key_bits: 2048,
      signature_algorithm: 'sha256WithRSAEncryption',
      vendor_certificate_serial: vendor.serialNumber.toUpperCase(),
    });
    expect(rows[0].public_key_fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes PEM as a raw body or as JSON', async () => {
    const raw = await upload(admin, accountId, Buffer.from(csr.pem), 'application/octet-stream');
    expect(raw.status).toBe(201);
    const json = await h.licensing.post(path(accountId)).set('authorization', `Bearer ${admin.token}`).send({ csr: csr.pem }).buffer(true).parse(binary);
    expect(json.status).toBe(201);
    const signed = parsePlist(Buffer.from((json.body as Buffer).toString('ascii'), 'base64').toString('utf8')) as Record<string, string>;
    expect(Buffer.from(signed.PushCertRequestCSR as string, 'base64').equals(csr.der)).toBe(true);
    const extra = await h.licensing.post(path(accountId)).set('authorization', `Bearer ${admin.token}`).send({ csr: csr.pem, note: 'x' });
    expect(extra.status).toBe(400);
    expect(extra.body.code).toBe('VALIDATION_FAILED');
  });

  it('refuses bad CSRs with their codes and records nothing', async () => {
    const before = await h.db.query(`SELECT count(*)::int AS n FROM mdm_push_certificate_requests`);
    const garbage = await upload(admin, accountId, Buffer.from('definitely not a certificate signing request'));
    expect(garbage.status).toBe(400);
    expect(garbage.body).toEqual({ statusCode: 400, code: 'CSR_INVALID', message: expect.any(String) });

    const tampered = Buffer.from(csr.der);
    tampered[tampered.length - 10] = (tampered[tampered.length - 10] as number) ^ 0xff; // inside the signature BIT STRING
    const badSignature = await upload(admin, accountId, tampered);
    expect(badSignature.status).toBe(422);
    expect(badSignature.body.code).toBe('CSR_SIGNATURE_INVALID');

    const weak = await generateDevCsr({ bits: 1024 });
    const tooWeak = await upload(admin, accountId, weak.der);
    expect(tooWeak.status).toBe(422);
    expect(tooWeak.body).toEqual({ statusCode: 422, code: 'CSR_KEY_TOO_WEAK', message: "The CSR's RSA key has 1024 bits; at least 2048 are required", details: { bits: 1024, minBits: 2048 } });

    const large = await upload(admin, accountId, Buffer.concat([csr.der, Buffer.alloc(17 * 1024, 0x41)]));
    expect(large.status).toBe(413);
    expect(large.body.code).toBe('CSR_TOO_LARGE');
    const largeJson = await h.licensing.post(path(accountId)).set('authorization', `Bearer ${admin.token}`).send({ csr: 'A'.repeat(20_000) });
    expect(largeJson.status).toBe(413);
    expect(largeJson.body.code).toBe('CSR_TOO_LARGE');

    const after = await h.db.query(`SELECT count(*)::int AS n FROM mdm_push_certificate_requests`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('is for admins of the account only', async () => {
    const asMember = await upload(member, accountId, csr.der);
    expect(asMember.status).toBe(403);
    expect(asMember.body.code).toBe('ADMIN_REQUIRED');
    const foreign = await upload(otherAdmin, accountId, csr.der);
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('ACCOUNT_NOT_FOUND');
    const anonymous = await h.licensing.post(path(accountId)).set('content-type', 'application/pkcs10').send(csr.der);
    expect(anonymous.status).toBe(401);
  });

  it('needs an active, unexpired subscription on the account', async () => {
    const owner = await createUser(h.db);
    const id = (await createAccount(h.db, owner, 'No Subscription Inc')).id;
    const mdmSigning = async () => (await h.licensing.get(`/accounts/${id}/dashboard`).set('authorization', `Bearer ${owner.token}`)).body.mdmSigning;
    expect(await mdmSigning()).toEqual({ available: false, reason: 'SUBSCRIPTION_REQUIRED' });
    const none = await upload(owner, id, csr.der);
    expect(none.status).toBe(403);
    expect(none.body).toEqual({ statusCode: 403, code: 'SUBSCRIPTION_REQUIRED', message: expect.any(String) });

    await createSubscription(h.db, { accountId: id, endsOn: daysFromNow(-1) });
    await createSubscription(h.db, { accountId: id, status: 'suspended' });
    await createSubscription(h.db, { accountId: id, status: 'cancelled' });
    expect((await upload(owner, id, csr.der)).body.code).toBe('SUBSCRIPTION_REQUIRED');

    expect(await mdmSigning()).toEqual({ available: false, reason: 'SUBSCRIPTION_REQUIRED' });

    await createSubscription(h.db, { accountId: id, endsOn: daysFromNow(0) });
    expect(await mdmSigning()).toEqual({ available: true, reason: null });
    expect((await upload(owner, id, csr.der)).status).toBe(201);
  });

  it('lists the signing records of the account to its members, newest first', async () => {
    const res = await h.licensing.get(path(accountId)).set('authorization', `Bearer ${member.token}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(3);
    expect(res.body.items).toHaveLength(3);
    expect(res.body.items[0]).toEqual({
      id: expect.any(String),
      createdAt: expect.any(String),
      signedBy: { userId: admin.id, email: admin.email, firstName: 'Ada', lastName: 'Admin' },
      csrSubject: 'CN=Acme MDM Push, O=Acme Corp, C=DE',
      publicKeyFingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      publicKeyBits: 2048,
      signatureAlgorithm: 'sha256WithRSAEncryption',
      vendorCertificateSerial: new X509Certificate(dev.vendorCertificatePem).serialNumber.toUpperCase(),
    });
    const times = (res.body.items as Array<{ createdAt: string }>).map((i) => i.createdAt);
    expect([...times].sort().reverse()).toEqual(times);

    const paged = await h.licensing.get(`${path(accountId)}?page=2&pageSize=2`).set('authorization', `Bearer ${member.token}`);
    expect(paged.body).toMatchObject({ page: 2, pageSize: 2, total: 3 });
    expect(paged.body.items).toHaveLength(1);
    const badPage = await h.licensing.get(`${path(accountId)}?pageSize=1000`).set('authorization', `Bearer ${member.token}`);
    expect(badPage.status).toBe(400);

    const other = await h.licensing.get(path(otherAccountId)).set('authorization', `Bearer ${otherAdmin.token}`);
    expect(other.body).toMatchObject({ total: 0, items: [] });
    expect((await h.licensing.get(path(otherAccountId)).set('authorization', `Bearer ${member.token}`)).status).toBe(404);
  });

  it('reports the vendor certificate expiry in readiness', async () => {
    const res = await h.licensing.get('/health/ready');
    expect(res.status).toBe(200);
    const vendor = new X509Certificate(dev.vendorCertificatePem);
    expect(res.body.info.mdmVendorCertificate).toEqual({
      status: 'up',
      subject: expect.stringContaining('CN=MDM Vendor'),
      serialNumber: vendor.serialNumber.toUpperCase(),
      notAfter: new Date(vendor.validTo).toISOString(),
      daysLeft: expect.any(Number),
      expiresSoon: false,
    });
    expect(res.body.info.mdmVendorCertificate.daysLeft).toBeGreaterThanOrEqual(363);
    expect(res.body.info.mdmVendorCertificate.daysLeft).toBeLessThanOrEqual(365);
  });
});
