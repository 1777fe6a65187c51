import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { csrInvalid, csrKeyTooWeak, csrSignatureInvalid, csrTooLarge } from './mdm.errors.js';
import { x509 } from './x509.js';

/** Larger uploads are refused before parsing: a 4096-bit RSA CSR is under 2 KiB. */
export const CSR_MAX_BYTES = 16 * 1024;
export const CSR_MIN_RSA_BITS = 2048;

export interface CheckedCsr {
  /** The request's DER bytes: what the vendor key signs and what goes into the plist. */
  der: Buffer;
  subject: string;
  /** Lower-case hex SHA-256 of the SubjectPublicKeyInfo (DER). */
  publicKeyFingerprint: string;
  publicKeyBits: number;
}

const PEM_CSR = /^-----BEGIN (NEW )?CERTIFICATE REQUEST-----\r?\n([\s\S]*?)-----END (NEW )?CERTIFICATE REQUEST-----\s*$/;
const BASE64 = /^[A-Za-z0-9+/\s]+={0,2}\s*$/;

/** The DER of an upload: raw DER bytes, a PEM request, or base64 of the DER. */
export function csrDer(input: Buffer | string): Buffer {
  if (input.length > CSR_MAX_BYTES) throw csrTooLarge(CSR_MAX_BYTES);
  if (Buffer.isBuffer(input) && input[0] === 0x30) return input;
  const text = (Buffer.isBuffer(input) ? input.toString('utf8') : input).trim();
  if (text.length === 0) throw csrInvalid('The CSR is empty');
  const pem = PEM_CSR.exec(text);
  const body = pem ? (pem[2] as string) : text;
  if (!BASE64.test(body)) {
    throw csrInvalid('The upload is not a certificate signing request: expected PKCS#10 as PEM (-----BEGIN CERTIFICATE REQUEST-----), DER, or base64 of the DER');
  }
  return Buffer.from(body.replace(/\s+/g, ''), 'base64');
}

/** Length of the outer DER element, or -1 when the header is not a definite-length SEQUENCE. */
function derElementLength(der: Buffer): number {
  if (der.length < 2 || der[0] !== 0x30) return -1;
  const first = der[1] as number;
  if (first < 0x80) return 2 + first;
  const count = first & 0x7f;
  if (count === 0 || count > 4 || der.length < 2 + count) return -1;
  let length = 0;
  for (let i = 0; i < count; i++) length = length * 256 + (der[2 + i] as number);
  return 2 + count + length;
}

/**
 * Checks an uploaded CSR: a well-formed PKCS#10 request (nothing before or after it), holding an
 * RSA key of at least 2048 bits, whose own signature verifies with that key.
 */
export async function checkCsr(input: Buffer | string): Promise<CheckedCsr> {
  const der = csrDer(input);
  if (derElementLength(der) !== der.length) throw csrInvalid('The upload is not a single DER-encoded PKCS#10 certificate signing request');
  let csr: x509.Pkcs10CertificateRequest;
  try {
    csr = new x509.Pkcs10CertificateRequest(der);
  } catch {
    throw csrInvalid('The upload is not a PKCS#10 certificate signing request');
  }

  const spki = Buffer.from(csr.publicKey.rawData);
  let key: KeyObject;
  try {
    key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
  } catch {
    throw csrInvalid('The public key in the CSR cannot be read');
  }
  const keyType = key.asymmetricKeyType;
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (keyType !== 'rsa') throw csrKeyTooWeak(`The CSR's key must be RSA (Apple push certificates use RSA), not ${keyType ?? 'an unknown type'}`, { keyType: keyType ?? null });
  if (bits < CSR_MIN_RSA_BITS) throw csrKeyTooWeak(`The CSR's RSA key has ${bits} bits; at least ${CSR_MIN_RSA_BITS} are required`, { bits, minBits: CSR_MIN_RSA_BITS });

  let valid: boolean;
  try {
    valid = await csr.verify();
  } catch {
    throw csrSignatureInvalid("The CSR's signature algorithm is not supported; sign the request with SHA-256 and RSA");
  }
  if (!valid) throw csrSignatureInvalid();

  return {
    der,
    subject: csr.subject,
    publicKeyFingerprint: createHash('sha256').update(spki).digest('hex'),
    publicKeyBits: bits,
  };
}
