import { randomBytes, webcrypto } from 'node:crypto';
import { privateKeyPem, RSA_SHA256, x509 } from './x509.js';

/**
 * A development stand-in for the vendor's MDM signing material: a root and an intermediate that
 * play Apple's root and WWDR CA, and a vendor certificate with its key. Apple's portal rejects
 * requests signed with it; it exists for local runs and tests. Used by `npm run mdm:dev-certificate`.
 */
export interface DevCertificateOptions {
  /** Vendor certificate validity start; default one day ago. */
  notBefore?: Date;
  /** Vendor certificate expiry; default 365 days from now. */
  notAfter?: Date;
  /** Shown in the vendor certificate's subject. */
  vendorName?: string;
}

export interface DevCertificateSet {
  /** PKCS#8 PEM: MDM_VENDOR_KEY. */
  vendorKeyPem: string;
  /** MDM_VENDOR_CERTIFICATE. */
  vendorCertificatePem: string;
  /** Intermediate then root: MDM_CHAIN. */
  chainPem: string;
  intermediateCertificatePem: string;
  rootCertificatePem: string;
}

const DAY = 86_400_000;

const serial = () => {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] as number) & 0x7f; // positive INTEGER
  return bytes.toString('hex');
};

async function generateKeys(): Promise<webcrypto.CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(RSA_SHA256, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
}

export async function generateDevCertificate(options: DevCertificateOptions = {}): Promise<DevCertificateSet> {
  const now = Date.now();
  const notBefore = options.notBefore ?? new Date(now - DAY);
  const notAfter = options.notAfter ?? new Date(now + 365 * DAY);
  const caNotBefore = new Date(Math.min(notBefore.getTime(), now) - DAY);
  const caNotAfter = new Date(Math.max(notAfter.getTime(), now) + 5 * 365 * DAY);
  const [rootKeys, intermediateKeys, vendorKeys] = await Promise.all([generateKeys(), generateKeys(), generateKeys()]);

  const rootName = 'CN=Development Root CA (not Apple), OU=Development Certification Authority, O=MDM Development Only, C=US';
  const root = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: rootName,
    notBefore: caNotBefore,
    notAfter: caNotAfter,
    keys: rootKeys,
    signingAlgorithm: RSA_SHA256,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(rootKeys.publicKey),
    ],
  });

  const intermediateName = 'CN=Development Worldwide Developer Relations CA (not Apple), OU=Development WWDR, O=MDM Development Only, C=US';
  const intermediate = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: intermediateName,
    issuer: root.subject,
    notBefore: caNotBefore,
    notAfter: caNotAfter,
    publicKey: intermediateKeys.publicKey,
    signingKey: rootKeys.privateKey,
    signingAlgorithm: RSA_SHA256,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(intermediateKeys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(rootKeys.publicKey),
    ],
  });

  const vendorName = (options.vendorName ?? 'Development Vendor').replace(/[,+="\\<>;#]/g, ' ');
  const vendor = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: `CN=MDM Vendor: ${vendorName} (development), OU=Development, O=MDM Development Only, C=US`,
    issuer: intermediate.subject,
    notBefore,
    notAfter,
    publicKey: vendorKeys.publicKey,
    signingKey: intermediateKeys.privateKey,
    signingAlgorithm: RSA_SHA256,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      await x509.SubjectKeyIdentifierExtension.create(vendorKeys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(intermediateKeys.publicKey),
    ],
  });

  const pem = (c: x509.X509Certificate) => `${c.toString('pem')}\n`;
  return {
    vendorKeyPem: `${await privateKeyPem(vendorKeys.privateKey)}\n`,
    vendorCertificatePem: pem(vendor),
    chainPem: pem(intermediate) + pem(root),
    intermediateCertificatePem: pem(intermediate),
    rootCertificatePem: pem(root),
  };
}

export interface DevCsrOptions {
  /** RSA modulus length; default 2048. */
  bits?: number;
  /** `ec` makes a P-256 key (refused by the signer: Apple push certificates use RSA). */
  keyType?: 'rsa' | 'ec';
  subject?: string;
}

export interface DevCsr {
  der: Buffer;
  pem: string;
  privateKeyPem: string;
}

/** A customer-side CSR as an MDM server would make it: for trying the endpoint and for tests. */
export async function generateDevCsr(options: DevCsrOptions = {}): Promise<DevCsr> {
  const algorithm =
    options.keyType === 'ec'
      ? { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' }
      : { ...RSA_SHA256, modulusLength: options.bits ?? 2048 };
  const keys = (await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({
    name: options.subject ?? 'CN=Development MDM Push, O=Development Customer, C=DE',
    keys,
    signingAlgorithm: algorithm,
  });
  return {
    der: Buffer.from(csr.rawData),
    pem: `${csr.toString('pem')}\n`,
    privateKeyPem: `${await privateKeyPem(keys.privateKey)}\n`,
  };
}
