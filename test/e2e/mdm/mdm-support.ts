import type { Response } from 'supertest';
import type { DevCertificateSet } from '../../../apps/licensing/src/mdm/dev-certificate.js';

/** The licensing environment that turns MDM signing on with a generated development certificate. */
export function mdmEnv(dev: DevCertificateSet): Record<string, string> {
  return { MDM_VENDOR_KEY: dev.vendorKeyPem, MDM_VENDOR_CERTIFICATE: dev.vendorCertificatePem, MDM_CHAIN: dev.chainPem };
}

/** supertest parser that keeps a binary (octet-stream) body as a Buffer in `res.body`. */
export function binary(res: Response, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}
