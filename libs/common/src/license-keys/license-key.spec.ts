import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  KEY_ALPHABET,
  checkCharacter,
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

  // Luhn mod N detects every adjacent transposition but one: the alphabet's first and last
  // characters (code points 0 and N-1 add the same whether doubled or not), like 09/90 in Luhn mod 10.
  const undetectable = (a: string, b: string) => [a, b].sort().join('') === ['2', 'Z'].sort().join('');

  it('catches adjacent transpositions', () => {
    // Keys are random, so a fixed body as well makes every run check every position.
    const keys = [generateLicenseKey(), 'ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ' + checkCharacter('ABCDEFGHJKLMNPQRSTUVWXYZ')];
    for (const key of keys.map((k) => k.replace(/-/g, ''))) for (let pos = 0; pos < key.length - 1; pos++) {
      if (key[pos] === key[pos + 1] || undetectable(key[pos] as string, key[pos + 1] as string)) continue;
      const swapped = key.slice(0, pos) + key[pos + 1] + key[pos] + key.slice(pos + 2);
      expect(parseLicenseKey(swapped).ok).toBe(false);
    }
  });

  it('misses only the swap of the alphabet\'s first and last characters, a known limit of Luhn mod N', () => {
    const body = '2Z' + 'A'.repeat(22);
    const key = body + checkCharacter(body);
    expect(parseLicenseKey('Z2' + key.slice(2)).ok).toBe(true);
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
