import { beforeAll, describe, expect, it } from '@jest/globals';
import { X509Certificate } from 'node:crypto';
import { ConfigError } from '#common';
import { generateDevCertificate, generateDevCsr, type DevCertificateSet } from '../../../apps/licensing/src/mdm/dev-certificate.js';
import { MdmExpiryWatcher } from '../../../apps/licensing/src/mdm/mdm-expiry.watcher.js';
import { licensingDefinition } from '../../../apps/licensing/src/licensing.definition.js';
import { createAccount, createOperator, createSubscription, createUser } from '../../support/factories.js';
import { eventually } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { mdmEnv } from './mdm-support.js';

const DAY = 86_400_000;

describe('MDM signing without vendor settings', () => {
  const h = useHarness({ services: ['licensing'] });


  it('starts, answers 503 MDM_NOT_CONFIGURED, and reports no certificate in readiness', async () => {
    const admin = await createUser(h.db);
    const account = await createAccount(h.db, admin);
    await createSubscription(h.db, { accountId: account.id });
    const csr = await generateDevCsr();
    const res = await h.licensing
      .post(`/accounts/${account.id}/mdm/push-certificate-requests`)
      .set('authorization', `Bearer ${admin.token}`)
      .set('content-type', 'application/pkcs10')
      .send(csr.der);
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ statusCode: 503, code: 'MDM_NOT_CONFIGURED', message: expect.any(String) });

    const list = await h.licensing.get(`/accounts/${account.id}/mdm/push-certificate-requests`).set('authorization', `Bearer ${admin.token}`);
    expect(list.body).toMatchObject({ total: 0, items: [] });

    const ready = await h.licensing.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info).not.toHaveProperty('mdmVendorCertificate');
  });

  it('refuses to start when the vendor key does not match the vendor certificate', async () => {
    const [dev, other] = await Promise.all([generateDevCertificate(), generateDevCertificate()]);
    const env = { ...h.env, ...mdmEnv(dev), MDM_VENDOR_KEY: other.vendorKeyPem };
    expect(() => licensingDefinition.loadConfig(env)).toThrow(ConfigError);
    expect(() => licensingDefinition.loadConfig(env)).toThrow(/MDM_VENDOR_KEY: does not match MDM_VENDOR_CERTIFICATE/);
    h.env = env;
    await expect(h.startService('licensing')).rejects.toThrow(/MDM_VENDOR_KEY: does not match/);
  });
});

describe('MDM vendor certificate expiring within 30 days', () => {
  // identity runs the outbox relay; licensing starts once the operators exist.
  const h = useHarness({ services: ['identity', 'notification'] });
  let dev: DevCertificateSet;

  beforeAll(async () => {
    dev = await generateDevCertificate({ notAfter: new Date(Date.now() + 10 * DAY + 3_600_000) });
  });

  it('warns every operator once, however often the check runs', async () => {
    const operators = [await createOperator(h.db), await createOperator(h.db)];
    const customer = await createUser(h.db);
    h.env = { ...h.env, ...mdmEnv(dev) };
    await h.startService('licensing');

    const vendor = new X509Certificate(dev.vendorCertificatePem);
    const mails = await Promise.all(operators.map((o) => h.smtp.waitFor((m) => m.to.includes(o.email))));
    for (const mail of mails) {
      expect(mail.subject).toBe(`The MDM vendor signing certificate expires in 10 days (${new Date(vendor.validTo).toISOString().slice(0, 10)})`);
      expect(mail.text).toContain(vendor.serialNumber.toUpperCase());
      expect(mail.text).toContain('MDM_VENDOR_CERTIFICATE');
      expect(mail.text).toContain('CN=MDM Vendor: Development Vendor (development), OU=Development');
      expect(mail.html).toContain('MDM Vendor: Development Vendor (development)');
    }

    // Again at the next tick, and after a restart: no second warning.
    const watcher = h.service('licensing').app.get(MdmExpiryWatcher);
    expect(await watcher.check()).toBe('already-warned');
    await h.service('licensing').close();
    await h.startService('licensing');
    expect(await h.service('licensing').app.get(MdmExpiryWatcher).check()).toBe('already-warned');

    const events = await h.db.query(`SELECT payload FROM outbox_events WHERE type = 'mdm.vendor-certificate-expiring'`);
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({ serialNumber: vendor.serialNumber.toUpperCase(), daysLeft: 10 });
    const warnings = await h.db.query(`SELECT serial_number, event_id FROM mdm_vendor_certificate_warnings`);
    expect(warnings).toHaveLength(1);

    const deliveries = await eventually(async () => {
      const rows: Array<{ recipient: string; status: string }> = await h.db.query(
        `SELECT recipient, status FROM email_deliveries WHERE template = 'mdm-certificate-expiring' ORDER BY recipient`,
      );
      return rows.length === 2 && rows.every((r) => r.status === 'sent') ? rows : undefined;
    });
    expect(deliveries.map((d) => d.recipient)).toEqual(operators.map((o) => o.email).sort());
    expect(h.smtp.received.filter((m) => m.to.includes(customer.email))).toHaveLength(0);

    const ready = await h.licensing.get('/health/ready');
    expect(ready.body.info.mdmVendorCertificate).toMatchObject({ status: 'up', daysLeft: 10, expiresSoon: true });
  });
});
