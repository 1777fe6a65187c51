import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  KEY_ALPHABET,
  decryptLicenseKey,
  encryptLicenseKey,
  generateLicenseKey,
  hashLicenseKey,
  keyLastGroup,
  maskLicenseKey,
  parseLicenseKey,
} from './license-key.js';

describe('license keys', () => {
  it('generates 5 groups of 5 characters from the alphabet, each valid', () => {
    for (let i = 0; i < 200; i++) {
      const key = generateLicenseKey();
      expect(key).toMatch(new RegExp(`^([${KEY_ALPHABET}]{5}-){4}[${KEY_ALPHABET}]{5}$`));
      expect(parseLicenseKey(key)).toEqual({ ok: true, key });
    }
  });

  it('accepts any case, spaces and missing dashes', () => {
    const key = generateLicenseKey();
    expect(parseLicenseKey(` ${key.toLowerCase().replace(/-/g, ' ')} `)).toEqual({ ok: true, key });
  });

  it('catches every single-character substitution', () => {
    const key = generateLicenseKey().replace(/-/g, '');
    for (let pos = 0; pos < key.length; pos++) {
      for (const c of KEY_ALPHABET) {
        if (c === key[pos]) continue;
        const typo = key.slice(0, pos) + c + key.slice(pos + 1);
        expect(parseLicenseKey(typo)).toEqual({ ok: false, reason: 'mistyped' });
      }
    }
  });

  it('catches adjacent transpositions', () => {
    const key = generateLicenseKey().replace(/-/g, '');
    for (let pos = 0; pos < key.length - 1; pos++) {
      if (key[pos] === key[pos + 1]) continue;
      const swapped = key.slice(0, pos) + key[pos + 1] + key[pos] + key.slice(pos + 2);
      expect(parseLicenseKey(swapped).ok).toBe(false);
    }
  });

  it('calls wrong lengths and foreign characters malformed', () => {
    expect(parseLicenseKey('ABCDE-FGHJK')).toEqual({ ok: false, reason: 'malformed' });
    expect(parseLicenseKey('0BCDE-FGHJK-LMNPQ-RSTUV-WXYZ2')).toEqual({ ok: false, reason: 'malformed' });
  });

  it('hashes with a secret, masks, and round-trips through encryption', () => {
    const key = generateLicenseKey();
    expect(hashLicenseKey(key, 'a')).not.toBe(hashLicenseKey(key, 'b'));
    expect(hashLicenseKey(key, 'a')).toHaveLength(64);
    expect(maskLicenseKey(keyLastGroup(key))).toBe(`•••••-•••••-•••••-•••••-${key.slice(-5)}`);
    const secret = randomBytes(32);
    const stored = encryptLicenseKey(key, secret);
    expect(stored).not.toContain(key);
    expect(decryptLicenseKey(stored, secret)).toBe(key);
    expect(() => decryptLicenseKey(stored, randomBytes(32))).toThrow();
  });
});
