import { beforeAll, describe, expect, it } from '@jest/globals';
import { createPrivateKey } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '#common';
import { generateDevCertificate, type DevCertificateSet } from './dev-certificate.js';
import { mdmEnvSchema, resolveMdmConfig } from './mdm.config.js';

const DAY = 86_400_000;
const env = (values: Record<string, string>) => mdmEnvSchema.parse(values);

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('resolveMdmConfig', () => {
  let dev: DevCertificateSet;
  let other: DevCertificateSet;

  beforeAll(async () => {
    [dev, other] = await Promise.all([generateDevCertificate(), generateDevCertificate()]);
  });

  const valid = () => ({ MDM_VENDOR_KEY: dev.vendorKeyPem, MDM_VENDOR_CERTIFICATE: dev.vendorCertificatePem, MDM_CHAIN: dev.chainPem });

  it('is off (null) when no MDM setting is given', () => {
    expect(resolveMdmConfig(env({}))).toBeNull();
    expect(resolveMdmConfig(env({ MDM_SIGNATURE_ALGORITHM: 'sha1' }))).toBeNull();
  });

  it('orders the chain vendor, intermediate, root and defaults to SHA-256', () => {
    const config = resolveMdmConfig(env(valid()));
    expect(config).not.toBeNull();
    expect(config?.chain.map((c) => c.subject)).toEqual([
      expect.stringContaining('CN=MDM Vendor'),
      expect.stringContaining('Worldwide Developer Relations'),
      expect.stringContaining('Root CA'),
    ]);
    expect(config?.digest).toBe('sha256');
    expect(config?.signatureAlgorithm).toBe('sha256WithRSAEncryption');
    expect(config?.chainPem.match(/-----BEGIN CERTIFICATE-----/g)).toHaveLength(3);
    expect(config?.vendor.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts the chain root-first, one-line values with \\n escapes, and SHA-1 when asked', () => {
    const [intermediate, root] = [dev.intermediateCertificatePem, dev.rootCertificatePem];
    const config = resolveMdmConfig(
      env({ ...valid(), MDM_CHAIN: (root + intermediate).replace(/\n/g, '\\n'), MDM_SIGNATURE_ALGORITHM: 'sha1' }),
    );
    expect(config?.chain[1]?.subject).toContain('Worldwide Developer Relations');
    expect(config?.chain[2]?.subject).toContain('Root CA');
    expect(config?.signatureAlgorithm).toBe('sha1WithRSAEncryption');
  });

  it('reads the _FILE forms', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdm-config-'));
    const files = { key: join(dir, 'vendor.key'), cert: join(dir, 'vendor.pem'), chain: join(dir, 'chain.pem') };
    writeFileSync(files.key, dev.vendorKeyPem);
    writeFileSync(files.cert, dev.vendorCertificatePem);
    writeFileSync(files.chain, dev.chainPem);
    const config = resolveMdmConfig(env({ MDM_VENDOR_KEY_FILE: files.key, MDM_VENDOR_CERTIFICATE_FILE: files.cert, MDM_CHAIN_FILE: files.chain }));
    expect(config?.vendor.subject).toContain('MDM Vendor');
    expect(problemsOf(() => resolveMdmConfig(env({ ...valid(), MDM_VENDOR_KEY: undefined as never, MDM_VENDOR_KEY_FILE: join(dir, 'missing.key') })))).toEqual([
      expect.stringMatching(/^MDM_VENDOR_KEY_FILE: cannot read .*missing\.key \(ENOENT\)/),
    ]);
  });

  it('opens an encrypted key with MDM_VENDOR_KEY_PASSPHRASE, and says so when it is missing', () => {
    const encrypted = createPrivateKey(dev.vendorKeyPem)
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'vendor-secret' })
      .toString();
    expect(resolveMdmConfig(env({ ...valid(), MDM_VENDOR_KEY: encrypted, MDM_VENDOR_KEY_PASSPHRASE: 'vendor-secret' }))).not.toBeNull();
    expect(problemsOf(() => resolveMdmConfig(env({ ...valid(), MDM_VENDOR_KEY: encrypted })))).toEqual([
      expect.stringMatching(/^MDM_VENDOR_KEY: not a usable PEM private key .*needs MDM_VENDOR_KEY_PASSPHRASE$/),
    ]);
  });

  it('refuses a key that does not match the vendor certificate, naming the setting', () => {
    const problems = problemsOf(() => resolveMdmConfig(env({ ...valid(), MDM_VENDOR_KEY: other.vendorKeyPem })));
    expect(problems).toEqual(['MDM_VENDOR_KEY: does not match MDM_VENDOR_CERTIFICATE (the certificate was issued for another key)']);
    expect(() => resolveMdmConfig(env({ ...valid(), MDM_VENDOR_KEY: other.vendorKeyPem }))).toThrow(/Invalid configuration:\n {2}- MDM_VENDOR_KEY: does not match/);
  });

  it('refuses an expired vendor certificate', async () => {
    const expired = await generateDevCertificate({ notBefore: new Date(Date.now() - 400 * DAY), notAfter: new Date(Date.now() - DAY) });
    const problems = problemsOf(() =>
      resolveMdmConfig(env({ MDM_VENDOR_KEY: expired.vendorKeyPem, MDM_VENDOR_CERTIFICATE: expired.vendorCertificatePem, MDM_CHAIN: expired.chainPem })),
    );
    expect(problems).toEqual([expect.stringMatching(/^MDM_VENDOR_CERTIFICATE: expired on \d{4}-\d\d-\d\dT/)]);
  });

  it('refuses a half configuration, naming what is missing', () => {
    const problems = problemsOf(() => resolveMdmConfig(env({ MDM_VENDOR_KEY: dev.vendorKeyPem })));
    expect(problems).toEqual([
      expect.stringMatching(/^MDM_VENDOR_CERTIFICATE is required .*because MDM_VENDOR_KEY is set/),
      expect.stringMatching(/^MDM_CHAIN is required .*because MDM_VENDOR_KEY is set/),
    ]);
  });

  it('refuses a value and its _FILE form together', () => {
    expect(problemsOf(() => resolveMdmConfig(env({ ...valid(), MDM_CHAIN_FILE: '/tmp/chain.pem' })))).toEqual([
      'MDM_CHAIN: set MDM_CHAIN or MDM_CHAIN_FILE, not both',
    ]);
  });

  it('refuses a chain that did not issue the vendor certificate, and unparseable PEM', () => {
    expect(problemsOf(() => resolveMdmConfig(env({ ...valid(), MDM_CHAIN: other.chainPem })))).toEqual([
      expect.stringMatching(/^MDM_CHAIN: no certificate in it issued MDM_VENDOR_CERTIFICATE/),
    ]);
    expect(problemsOf(() => resolveMdmConfig(env({ ...valid(), MDM_CHAIN: dev.intermediateCertificatePem })))).toEqual([
      expect.stringMatching(/^MDM_CHAIN: no certificate in it issued the certificate CN=Development Worldwide/),
    ]);
    expect(problemsOf(() => resolveMdmConfig(env({ ...valid(), MDM_CHAIN: dev.chainPem + other.rootCertificatePem })))).toEqual([
      expect.stringMatching(/^MDM_CHAIN: .*Root CA.* is not part of the vendor certificate's chain$/),
    ]);
    expect(problemsOf(() => resolveMdmConfig(env({ ...valid(), MDM_VENDOR_CERTIFICATE: 'not a certificate', MDM_VENDOR_KEY: 'nope' })))).toEqual([
      expect.stringMatching(/^MDM_VENDOR_KEY: not a usable PEM private key/),
      'MDM_VENDOR_CERTIFICATE: no PEM certificate (-----BEGIN CERTIFICATE-----) found',
    ]);
  });
});
