import { describe, expect, it } from '@jest/globals';
import { CSV_BOM, csvCell, csvRow } from './csv.js';

describe('csvCell', () => {
  it('writes plain text, numbers and booleans as they are, and nothing for null', () => {
    expect(csvCell('sccm-proxy-01')).toBe('sccm-proxy-01');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('')).toBe('');
  });

  it('quotes cells with commas, quotes, line breaks or edge spaces, doubling inner quotes', () => {
    expect(csvCell('Berlin, Mitte')).toBe('"Berlin, Mitte"');
    expect(csvCell('the "main" site')).toBe('"the ""main"" site"');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+SUM(A1:A2)', "'+SUM(A1:A2)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['\r=1', '"\'\r=1"'],
    ['=HYPERLINK("http://evil.example","x")', '"\'=HYPERLINK(""http://evil.example"",""x"")"'],
  ])('neutralises the formula %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("quotes exactly on JavaScript's white space at either edge (the pattern spells \\s out for Postgres)", () => {
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      const quoted = /[",\r\n]/.test(c) || /\s/.test(c);
      if (csvCell(`x${c}`).startsWith('"') !== quoted) wrong.push(code);
      if (!/^[=+\-@\t\r]/.test(c) && csvCell(`${c}x`).startsWith('"') !== quoted) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });

  it('leaves formula characters alone when they are not first', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('x-1')).toBe('x-1');
  });
});

describe('csvRow', () => {
  it('joins cells with commas and ends with CRLF', () => {
    expect(csvRow(['a', 1, null, '=x'])).toBe("a,1,,'=x\r\n");
  });

  it('has a UTF-8 byte-order mark for spreadsheets', () => {
    expect(CSV_BOM).toBe('\uFEFF');
  });
});
