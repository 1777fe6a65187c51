import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { canonicalJson } from './canonical-json.js';
import { publicKeyId, publicKeyIdFromPem, signDocument, verifyDocument } from './signed-document.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('gives one encoding whatever the key order or indentation of the input', () => {
    const parsed = JSON.parse('{\n  "quota": 5,\n  "status": "active",\n  "installationId": "x"\n}') as unknown;
    expect(canonicalJson(parsed)).toBe(canonicalJson({ installationId: 'x', status: 'active', quota: 5 }));
  });

  it('sorts by UTF-16 code units, not locale', () => {
    expect(canonicalJson({ b: 1, B: 2, a: 3, é: 4 })).toBe('{"B":2,"a":3,"b":1,"é":4}');
  });

  it('escapes strings as JSON does and keeps non-ASCII text', () => {
    expect(canonicalJson({ s: 'line\n"quoted"\\ü' })).toBe('{"s":"line\\n\\"quoted\\"\\\\ü"}');
  });

  it('drops undefined properties, writes -0 as 0, refuses what JSON cannot carry', () => {
    expect(canonicalJson({ a: undefined, b: -0 })).toBe('{"b":0}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ n: Infinity })).toThrow(TypeError);
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(/plain objects/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
    expect(() => canonicalJson({ b: 10n })).toThrow(TypeError);
  });
});

describe('signed documents', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const doc = signDocument({ type: 'license', quota: 5, nested: { a: 1 } }, 'k1', privateKey);
  const keys = (kid: string) => (kid === 'k1' ? publicKey : undefined);

  it('verify with the key their kid names, also after a reformatting round trip', () => {
    expect(verifyDocument(doc, keys)).toEqual({ ok: true, payload: doc.payload, kid: 'k1' });
    expect(verifyDocument(JSON.parse(JSON.stringify(doc, null, 4)) as unknown, keys).ok).toBe(true);
  });

  it('do not verify once a value, the kid or the algorithm changed', () => {
    expect(verifyDocument({ ...doc, payload: { ...doc.payload, quota: 6 } }, keys)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyDocument({ ...doc, kid: 'k2' }, keys)).toEqual({ ok: false, reason: 'unknown-key' });
    expect(verifyDocument({ ...doc, alg: 'none' }, keys)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyDocument('not a document', keys)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('name a public key by the same id from the key and from its PEM', () => {
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(publicKeyIdFromPem(pem)).toBe(publicKeyId(publicKey));
    expect(publicKeyId(publicKey)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
