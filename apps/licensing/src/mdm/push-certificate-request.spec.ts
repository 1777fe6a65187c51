import { beforeAll, describe, expect, it } from '@jest/globals';
import { verify, X509Certificate } from 'node:crypto';
import { parse as parsePlist } from 'plist';
import { generateDevCertificate, generateDevCsr, type DevCertificateSet } from './dev-certificate.js';
import { mdmEnvSchema, resolveMdmConfig, type MdmConfig } from './mdm.config.js';
import { buildPushCertificateRequest, plistOfStrings, xmlEscape } from './push-certificate-request.js';

describe('buildPushCertificateRequest', () => {
  let dev: DevCertificateSet;
  let config: MdmConfig;

  beforeAll(async () => {
    dev = await generateDevCertificate();
    config = resolveMdmConfig(mdmEnvSchema.parse({ MDM_VENDOR_KEY: dev.vendorKeyPem, MDM_VENDOR_CERTIFICATE: dev.vendorCertificatePem, MDM_CHAIN: dev.chainPem })) as MdmConfig;
  });

  it.each(['sha256', 'sha1'] as const)('packs the CSR, the chain and a %s signature that the vendor certificate verifies', async (digest) => {
    const csr = await generateDevCsr();
    const request = buildPushCertificateRequest(csr.der, { ...config, digest });
    const parsed = parsePlist(Buffer.from(request.encoded, 'base64').toString('utf8')) as Record<string, string>;
    expect(Object.keys(parsed).sort()).toEqual(['PushCertCertificateChain', 'PushCertRequestCSR', 'PushCertSignature']);
    expect(Buffer.from(parsed.PushCertRequestCSR as string, 'base64').equals(csr.der)).toBe(true);
    const vendor = new X509Certificate(dev.vendorCertificatePem);
    expect(verify(digest, csr.der, vendor.publicKey, Buffer.from(parsed.PushCertSignature as string, 'base64'))).toBe(true);
    expect(verify(digest === 'sha1' ? 'sha256' : 'sha1', csr.der, vendor.publicKey, Buffer.from(parsed.PushCertSignature as string, 'base64'))).toBe(false);
    expect(parsed.PushCertCertificateChain).toBe(config.chainPem);
  });

  it('escapes XML special characters', () => {
    expect(xmlEscape(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    const xml = plistOfStrings([['Key', '</string><key>Injected</key><string>x & y']]);
    expect(parsePlist(xml)).toEqual({ Key: '</string><key>Injected</key><string>x & y' });
  });
});
