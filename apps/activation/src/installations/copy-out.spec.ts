import { describe, expect, it } from '@jest/globals';
import { withLiterals } from './copy-out.js';

describe('withLiterals', () => {
  it('writes string parameters in as escaped literals, each occurrence', () => {
    expect(withLiterals('WHERE a = $1 AND b ILIKE $2 OR c = $1', ['x', "it's"])).toBe(`WHERE a = 'x' AND b ILIKE 'it''s' OR c = 'x'`);
  });

  it('escapes backslashes with an E string, whatever standard_conforming_strings is', () => {
    expect(withLiterals('$1', ['a\\b'])).toBe(` E'a\\\\b'`);
  });

  it('writes string arrays as ARRAY literals, and tells $1 from $10', () => {
    const params = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', ['a', "b'"]];
    expect(withLiterals('$10::uuid[] $1', params)).toBe(`ARRAY['a', 'b''']::text[]::uuid[] 'p1'`);
    expect(withLiterals('$1::uuid[]', [[]])).toBe('ARRAY[]::text[]::uuid[]');
  });

  it('refuses other parameter types rather than guess their SQL', () => {
    expect(() => withLiterals('$1', [42])).toThrow(TypeError);
    expect(() => withLiterals('$1', [[1]])).toThrow(TypeError);
  });
});
