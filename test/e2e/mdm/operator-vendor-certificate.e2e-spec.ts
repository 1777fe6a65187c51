import { describe, expect, it } from '@jest/globals';
import { X509Certificate } from 'node:crypto';
import { generateDevCertificate } from '../../../apps/licensing/src/mdm/dev-certificate.js';
import { createOperator, createUser } from '../../support/factories.js';
import { useHarness } from '../../support/suite.js';
import { mdmEnv } from './mdm-support.js';

const DAY = 86_400_000;

describe('operators: the MDM vendor certificate\'s expiry', () => {
  const h = useHarness({ services: ['licensing'] });

  const get = (token: string) => h.licensing.get('/operator/mdm/vendor-certificate').set('authorization', `Bearer ${token}`);

  it('says "not configured" without the MDM settings, and refuses customers', async () => {
    const operator = await createOperator(h.db);
    const res = await get(operator.token).expect(200);
    expect(res.body).toEqual({ configured: false, subject: null, serialNumber: null, expiresAt: null, daysLeft: null, expiresSoon: false });
    const customer = await createUser(h.db);
    expect((await get(customer.token).expect(403)).body.code).toBe('OPERATOR_REQUIRED');
  });

  it('shows the subject, serial number, expiry and days left of the configured certificate', async () => {
    const dev = await generateDevCertificate({ notAfter: new Date(Date.now() + 12 * DAY + 3_600_000) });
    await h.service('licensing').close();
    h.env = { ...h.env, ...mdmEnv(dev) };
    await h.startService('licensing');
    const operator = await createOperator(h.db);
    const vendor = new X509Certificate(dev.vendorCertificatePem);
    const res = await get(operator.token).expect(200);
    expect(res.body).toEqual({
      configured: true,
      subject: expect.stringContaining('CN=MDM Vendor: Development Vendor'),
      serialNumber: vendor.serialNumber.toUpperCase(),
      expiresAt: new Date(vendor.validTo).toISOString(),
      daysLeft: 12,
      expiresSoon: true,
    });
  });
});
