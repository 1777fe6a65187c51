/**
 * Writes a development MDM vendor key, vendor certificate and a stand-in "Apple" chain, for local
 * runs and tests (Apple's portal rejects requests signed with them).
 *   npm run mdm:dev-certificate -- [--out .data/mdm] [--days 365] [--force]
 * Also writes customer.csr (+ customer.key): a sample customer CSR to try the signing endpoint with.
 */
import 'reflect-metadata';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateDevCertificate, generateDevCsr } from '../apps/licensing/src/mdm/dev-certificate.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const out = resolve(option('out') ?? '.data/mdm');
  const days = Number(option('days') ?? '365');
  if (!Number.isInteger(days) || days < 1) throw new Error('--days must be a positive whole number');
  const files = {
    key: join(out, 'vendor.key'),
    certificate: join(out, 'vendor.pem'),
    chain: join(out, 'chain.pem'),
    customerCsr: join(out, 'customer.csr'),
    customerKey: join(out, 'customer.key'),
  };
  if (!process.argv.includes('--force') && Object.values(files).some((f) => existsSync(f))) {
    throw new Error(`${out} already holds a development certificate; pass --force to replace it`);
  }
  const set = await generateDevCertificate({ notAfter: new Date(Date.now() + days * 86_400_000) });
  mkdirSync(out, { recursive: true });
  writeFileSync(files.key, set.vendorKeyPem, { mode: 0o600 });
  chmodSync(files.key, 0o600);
  writeFileSync(files.certificate, set.vendorCertificatePem);
  writeFileSync(files.chain, set.chainPem);
  const csr = await generateDevCsr();
  writeFileSync(files.customerCsr, csr.pem);
  writeFileSync(files.customerKey, csr.privateKeyPem, { mode: 0o600 });
  chmodSync(files.customerKey, 0o600);
  process.stdout.write(
    `Development MDM vendor certificate (valid ${days} days) written to ${out}. Start licensing with:\n` +
      `  MDM_VENDOR_KEY_FILE=${files.key}\n` +
      `  MDM_VENDOR_CERTIFICATE_FILE=${files.certificate}\n` +
      `  MDM_CHAIN_FILE=${files.chain}\n` +
      `A sample customer CSR to sign: ${files.customerCsr}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`mdm:dev-certificate: ${(err as Error).message}\n`);
  process.exit(1);
});
