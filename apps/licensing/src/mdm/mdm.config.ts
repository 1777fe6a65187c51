import { createHash, createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '#common';

/**
 * MDM push certificate signing settings. All optional: without the vendor key and chain the
 * licensing service starts and the feature answers 503 MDM_NOT_CONFIGURED. When they are given,
 * they must describe a usable signer, or the service refuses to start.
 */
export const mdmEnvSchema = z.object({
  /** The vendor's MDM signing key (RSA, PEM: PKCS#8 or PKCS#1), or a path to it. */
  MDM_VENDOR_KEY: z.string().optional(),
  MDM_VENDOR_KEY_FILE: z.string().optional(),
  /** Passphrase of an encrypted MDM_VENDOR_KEY. */
  MDM_VENDOR_KEY_PASSPHRASE: z.string().optional(),
  /** The "MDM CSR" vendor certificate Apple issued for that key (PEM), or a path to it. */
  MDM_VENDOR_CERTIFICATE: z.string().optional(),
  MDM_VENDOR_CERTIFICATE_FILE: z.string().optional(),
  /** The certificates above the vendor certificate (PEM): Apple's WWDR intermediate and Apple's root. */
  MDM_CHAIN: z.string().optional(),
  MDM_CHAIN_FILE: z.string().optional(),
  /** Digest of the vendor signature: sha256, or sha1 for legacy vendor certificates. */
  MDM_SIGNATURE_ALGORITHM: z.enum(['sha256', 'sha1']).default('sha256'),
});

export type MdmEnv = z.output<typeof mdmEnvSchema>;
export type MdmDigest = 'sha256' | 'sha1';

/** A certificate with the facts shown in records, health and warnings. */
export interface MdmCertificateInfo {
  certificate: X509Certificate;
  /** RFC 4514-style subject, e.g. `CN=MDM Vendor: Acme, O=Acme`. */
  subject: string;
  /** Upper-case hex. */
  serialNumber: string;
  /** Lower-case hex SHA-256 of the DER. */
  fingerprint: string;
  notBefore: Date;
  notAfter: Date;
}

export interface MdmConfig {
  vendorKey: KeyObject;
  vendor: MdmCertificateInfo;
  /** Vendor certificate, intermediate(s), root: the order Apple expects. */
  chain: MdmCertificateInfo[];
  /** The PEM of `chain`, concatenated in order. */
  chainPem: string;
  digest: MdmDigest;
  /** The X.509 name of the signature, as recorded. */
  signatureAlgorithm: 'sha256WithRSAEncryption' | 'sha1WithRSAEncryption';
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** A PEM value from the environment (`\n` escapes accepted) or the content of the `_FILE` path. */
function readSetting(env: MdmEnv, name: 'MDM_VENDOR_KEY' | 'MDM_VENDOR_CERTIFICATE' | 'MDM_CHAIN', problems: string[]): string | undefined {
  const value = env[name];
  const file = env[`${name}_FILE`];
  if (value !== undefined && file !== undefined) {
    problems.push(`${name}: set ${name} or ${name}_FILE, not both`);
    return undefined;
  }
  if (value !== undefined) return value.replace(/\\n/g, '\n');
  if (file === undefined) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    problems.push(`${name}_FILE: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    return undefined;
  }
}

/** One line per RDN, as Node prints it, to `CN=…, O=…`. */
function formatName(name: string): string {
  return name.split('\n').filter(Boolean).join(', ');
}

export function certificateInfo(certificate: X509Certificate): MdmCertificateInfo {
  return {
    certificate,
    subject: formatName(certificate.subject),
    serialNumber: certificate.serialNumber.toUpperCase(),
    fingerprint: createHash('sha256').update(certificate.raw).digest('hex'),
    notBefore: new Date(certificate.validFrom),
    notAfter: new Date(certificate.validTo),
  };
}

function parseCertificates(pem: string, name: string, problems: string[]): X509Certificate[] {
  const blocks = pem.match(PEM_CERTIFICATE) ?? [];
  if (blocks.length === 0) {
    problems.push(`${name}: no PEM certificate (-----BEGIN CERTIFICATE-----) found`);
    return [];
  }
  const certificates: X509Certificate[] = [];
  for (const [i, block] of blocks.entries()) {
    try {
      certificates.push(new X509Certificate(block));
    } catch (err) {
      problems.push(`${name}: certificate ${i + 1} cannot be parsed (${(err as Error).message})`);
    }
  }
  return certificates;
}

const issued = (child: X509Certificate, parent: X509Certificate) => child.checkIssued(parent) && child.verify(parent.publicKey);

/** Orders the chain certificates from the one that issued the vendor certificate up to the root. */
function orderChain(vendor: X509Certificate, given: X509Certificate[], problems: string[]): X509Certificate[] {
  const remaining = [...given];
  const ordered: X509Certificate[] = [];
  let current = vendor;
  while (!issued(current, current)) {
    const index = remaining.findIndex((candidate) => issued(current, candidate));
    if (index < 0) {
      const what = current === vendor ? 'MDM_VENDOR_CERTIFICATE' : `the certificate ${formatName(current.subject)}`;
      problems.push(`MDM_CHAIN: no certificate in it issued ${what} (issuer ${formatName(current.issuer)}); give Apple's WWDR intermediate and Apple's root`);
      return [];
    }
    current = remaining.splice(index, 1)[0] as X509Certificate;
    ordered.push(current);
  }
  if (ordered.length === 0) problems.push('MDM_VENDOR_CERTIFICATE: is self-signed; it must be the certificate Apple issued for the vendor key');
  for (const extra of remaining) {
    problems.push(`MDM_CHAIN: ${formatName(extra.subject)} is not part of the vendor certificate's chain`);
  }
  return ordered;
}

/**
 * The signer described by the MDM settings, `null` when none are given. Throws ConfigError naming
 * each setting when they are incomplete, unreadable, mismatched, or the vendor certificate is not
 * valid at `now`.
 */
export function resolveMdmConfig(env: MdmEnv, now: Date = new Date()): MdmConfig | null {
  const problems: string[] = [];
  const keyPem = readSetting(env, 'MDM_VENDOR_KEY', problems);
  const certificatePem = readSetting(env, 'MDM_VENDOR_CERTIFICATE', problems);
  const chainPem = readSetting(env, 'MDM_CHAIN', problems);
  if (problems.length) throw new ConfigError(problems);
  const given = { MDM_VENDOR_KEY: keyPem, MDM_VENDOR_CERTIFICATE: certificatePem, MDM_CHAIN: chainPem };
  const present = Object.entries(given).filter(([, v]) => v !== undefined);
  if (present.length === 0) return null;
  if (present.length < 3) {
    const names = present.map(([k]) => k).join(', ');
    throw new ConfigError(
      Object.entries(given)
        .filter(([, v]) => v === undefined)
        .map(([k]) => `${k} is required (or ${k}_FILE) because ${names} is set: MDM signing needs the vendor key, certificate and chain`),
    );
  }

  let vendorKey: KeyObject | undefined;
  try {
    vendorKey = createPrivateKey({ key: keyPem as string, format: 'pem', passphrase: env.MDM_VENDOR_KEY_PASSPHRASE });
    if (vendorKey.asymmetricKeyType !== 'rsa') {
      problems.push(`MDM_VENDOR_KEY: must be an RSA private key, not ${vendorKey.asymmetricKeyType ?? 'unknown'}`);
    }
  } catch (err) {
    problems.push(`MDM_VENDOR_KEY: not a usable PEM private key (${(err as Error).message.split('\n')[0]}); an encrypted key needs MDM_VENDOR_KEY_PASSPHRASE`);
  }

  const vendorCertificates = parseCertificates(certificatePem as string, 'MDM_VENDOR_CERTIFICATE', problems);
  if (vendorCertificates.length > 1) problems.push('MDM_VENDOR_CERTIFICATE: must hold only the vendor certificate; put the others in MDM_CHAIN');
  const vendorCertificate = vendorCertificates[0];
  const chainCertificates = parseCertificates(chainPem as string, 'MDM_CHAIN', problems);

  if (vendorCertificate && vendorKey && vendorKey.asymmetricKeyType === 'rsa' && !vendorCertificate.checkPrivateKey(vendorKey)) {
    problems.push('MDM_VENDOR_KEY: does not match MDM_VENDOR_CERTIFICATE (the certificate was issued for another key)');
  }
  if (vendorCertificate) {
    const info = certificateInfo(vendorCertificate);
    if (info.notAfter.getTime() <= now.getTime()) {
      problems.push(`MDM_VENDOR_CERTIFICATE: expired on ${info.notAfter.toISOString()} (${info.subject}); renew the MDM vendor certificate with Apple`);
    } else if (info.notBefore.getTime() > now.getTime()) {
      problems.push(`MDM_VENDOR_CERTIFICATE: not valid before ${info.notBefore.toISOString()} (${info.subject})`);
    }
  }
  const ordered = vendorCertificate && chainCertificates.length ? orderChain(vendorCertificate, chainCertificates, problems) : [];
  if (problems.length || !vendorKey || !vendorCertificate) throw new ConfigError(problems);

  const chain = [vendorCertificate, ...ordered].map(certificateInfo);
  return {
    vendorKey,
    vendor: chain[0] as MdmCertificateInfo,
    chain,
    chainPem: chain.map((c) => c.certificate.toString().trim()).join('\n') + '\n',
    digest: env.MDM_SIGNATURE_ALGORITHM,
    signatureAlgorithm: env.MDM_SIGNATURE_ALGORITHM === 'sha1' ? 'sha1WithRSAEncryption' : 'sha256WithRSAEncryption',
  };
}
