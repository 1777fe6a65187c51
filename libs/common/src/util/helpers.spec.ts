import { describe, expect, it } from '@jest/globals';
import { canonicalEmail, trimLowerEach } from '../http/transforms.js';
import { daysLeft } from '../licensing/license-state.js';
import { sha256Hex } from './sha256.js';

describe('shared helpers', () => {
  it('sha256Hex hashes the UTF-8 bytes, hex', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('é')).toBe(sha256Hex('\u00e9'));
  });

  it('canonicalEmail trims and lower-cases; trimLowerEach does it per element and leaves other values', () => {
    expect(canonicalEmail('  Ada@Example.COM ')).toBe('ada@example.com');
    expect(trimLowerEach({ value: [' Acme.Example', 3] })).toEqual(['acme.example', 3]);
    expect(trimLowerEach({ value: 'x' })).toBe('x');
  });

  it('daysLeft counts whole days down to an instant, negative once past', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    expect(daysLeft(new Date('2026-12-11T11:59:59Z'), now)).toBe(9);
    expect(daysLeft(new Date('2026-12-11T12:00:00Z'), now)).toBe(10);
    expect(daysLeft(new Date('2026-12-01T13:00:00Z'), now)).toBe(0);
    expect(daysLeft(new Date('2026-11-30T12:00:00Z'), now)).toBe(-1);
  });
});
