import { beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, createPublicKey } from 'node:crypto';
import { DomainError, errorRegistry } from '#common';
import { checkCsr, CSR_MAX_BYTES } from './csr.js';
import { generateDevCsr, type DevCsr } from './dev-certificate.js';

async function refusal(input: Buffer | string): Promise<{ status: number; code: string; message: string }> {
  try {
    await checkCsr(input);
  } catch (err) {
    if (err instanceof DomainError) return { status: errorRegistry.statusOf(err.code), code: err.code, message: err.message };
    throw err;
  }
  throw new Error('expected a refusal');
}

/** The DER with one byte of the trailing signature BIT STRING flipped. */
function tamperSignature(der: Buffer): Buffer {
  const copy = Buffer.from(der);
  copy[copy.length - 10] = (copy[copy.length - 10] as number) ^ 0xff;
  return copy;
}

describe('checkCsr', () => {
  let csr: DevCsr;

  beforeAll(async () => {
    csr = await generateDevCsr({ subject: 'CN=Acme MDM Push, O=Acme & Sons <Ltd>, C=DE' });
  });

  it('accepts DER, PEM and base64 DER alike and describes the request', async () => {
    const spki = createPublicKey(csr.privateKeyPem).export({ type: 'spki', format: 'der' });
    for (const input of [csr.der, csr.pem, Buffer.from(csr.pem), csr.der.toString('base64'), `  ${csr.pem.replace(/\n/g, '\r\n')}  `]) {
      const checked = await checkCsr(input);
      expect(checked.der.equals(csr.der)).toBe(true);
      expect(checked.subject).toBe('CN=Acme MDM Push, O=Acme & Sons \\<Ltd\\>, C=DE');
      expect(checked.publicKeyBits).toBe(2048);
      expect(checked.publicKeyFingerprint).toBe(createHash('sha256').update(spki).digest('hex'));
    }
  });

  it('refuses what is not a PKCS#10 request', async () => {
    for (const input of ['hello world!', Buffer.from([0x30, 0x03, 0x02, 0x01, 0x05]), Buffer.concat([csr.der, Buffer.from([0])]), '-----BEGIN CERTIFICATE REQUEST-----\n%%%\n-----END CERTIFICATE REQUEST-----', '']) {
      expect(await refusal(input)).toMatchObject({ status: 400, code: 'CSR_INVALID' });
    }
  });

  it('refuses a request whose signature does not verify', async () => {
    expect(await refusal(tamperSignature(csr.der))).toMatchObject({ status: 422, code: 'CSR_SIGNATURE_INVALID' });
  });

  it('refuses RSA keys under 2048 bits and non-RSA keys', async () => {
    const weak = await generateDevCsr({ bits: 1024 });
    expect(await refusal(weak.der)).toEqual({ status: 422, code: 'CSR_KEY_TOO_WEAK', message: "The CSR's RSA key has 1024 bits; at least 2048 are required" });
    const ec = await generateDevCsr({ keyType: 'ec' });
    expect(await refusal(ec.pem)).toMatchObject({ status: 422, code: 'CSR_KEY_TOO_WEAK', message: expect.stringContaining('must be RSA') });
  });

  it('refuses uploads over the size limit before parsing them', async () => {
    expect(await refusal(Buffer.alloc(CSR_MAX_BYTES + 1, 0x30))).toMatchObject({ status: 413, code: 'CSR_TOO_LARGE' });
    expect(await refusal('A'.repeat(CSR_MAX_BYTES + 1))).toMatchObject({ status: 413, code: 'CSR_TOO_LARGE' });
  });
});
