import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/**
 * A signed document: Ed25519 over the canonical JSON of `{ alg, kid, payload }`, so the key id and
 * algorithm are covered as well as the payload. The same envelope carries what the server signs
 * (license documents, offline activation and subscription information files) and what a proxy signs
 * with its own key (offline request files).
 */
export interface SignedDocument<P = Record<string, unknown>> {
  payload: P;
  alg: 'EdDSA';
  /** Id of the key that signed: a server key id, or the proxy key's fingerprint for proxy files. */
  kid: string;
  /** base64url, no padding. */
  signature: string;
}

/** An Ed25519 public key as published (JWKS-like). */
export interface Ed25519PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

export type VerifyFailure = 'malformed' | 'unknown-key' | 'bad-signature';
export type VerifyResult<P = Record<string, unknown>> = { ok: true; payload: P; kid: string } | { ok: false; reason: VerifyFailure };

/** The bytes the signature covers. */
export function signingInput(alg: string, kid: string, payload: unknown): Buffer {
  return Buffer.from(canonicalJson({ alg, kid, payload }), 'utf8');
}

export function signDocument<P extends object>(payload: P, kid: string, privateKey: KeyObject): SignedDocument<P> {
  const signature = sign(null, signingInput('EdDSA', kid, payload), privateKey).toString('base64url');
  return { payload, alg: 'EdDSA', kid, signature };
}

/** Shape check only: the fields of the envelope are present with the right types. */
export function isSignedDocument(value: unknown): value is SignedDocument<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return (
    v.alg === 'EdDSA' &&
    typeof v.kid === 'string' &&
    v.kid.length > 0 &&
    v.kid.length <= 128 &&
    typeof v.signature === 'string' &&
    /^[A-Za-z0-9_-]{86}$/.test(v.signature) &&
    typeof v.payload === 'object' &&
    v.payload !== null &&
    !Array.isArray(v.payload)
  );
}

/**
 * Verifies a document with the public key its `kid` names. `publicKeyFor` answers undefined for a
 * key it does not know (a foreign or retired-and-dropped key).
 */
export function verifyDocument(document: unknown, publicKeyFor: (kid: string) => KeyObject | undefined): VerifyResult {
  if (!isSignedDocument(document)) return { ok: false, reason: 'malformed' };
  const key = publicKeyFor(document.kid);
  if (!key) return { ok: false, reason: 'unknown-key' };
  let input: Buffer;
  try {
    input = signingInput(document.alg, document.kid, document.payload);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const ok = verify(null, input, key, Buffer.from(document.signature, 'base64url'));
  return ok ? { ok: true, payload: document.payload, kid: document.kid } : { ok: false, reason: 'bad-signature' };
}

/** A short stable id of a public key: SHA-256 of its SPKI DER, base64url, 22 characters. */
export function publicKeyId(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('base64url').slice(0, 22);
}

/** Parses an SPKI PEM and insists on Ed25519; throws otherwise. */
export function importEd25519PublicKey(pem: string): KeyObject {
  const key = createPublicKey({ key: pem, format: 'pem' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`expected an Ed25519 key, got ${key.asymmetricKeyType ?? 'unknown'}`);
  return key;
}

export function toPublicJwk(kid: string, publicKey: KeyObject): Ed25519PublicJwk {
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new Error('not an Ed25519 public key');
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid, alg: 'EdDSA', use: 'sig' };
}

export function fromPublicJwk(jwk: { kty?: unknown; crv?: unknown; x?: unknown }): KeyObject {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new Error('not an Ed25519 JWK');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
}

/**
 * `publicKeyId` straight from an SPKI PEM, without importing the key (the PEM body is the DER).
 * Equal to `publicKeyId(createPublicKey(pem))` for a PEM as Node exports it.
 */
export function publicKeyIdFromPem(pem: string): string {
  const body = pem.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '').replace(/\s+/g, '');
  return createHash('sha256').update(Buffer.from(body, 'base64')).digest('base64url').slice(0, 22);
}
