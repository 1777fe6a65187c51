import { describe, expect, it } from '@jest/globals';
import { badCharacters, clientErrorBody, frameworkErrorBody, inspectInput } from './input-guard.js';

describe('inspectInput', () => {
  it('names fields holding NUL characters or lone surrogates, keys included', () => {
    const problems = inspectInput({ name: 'a\u0000b', list: ['ok', 'x\ud800y'], nested: { ['k\udc00']: 1 }, fine: '😀' }, 'body');
    expect(problems.map((p) => p.field).sort()).toEqual(['body.nested.(invalid key)', 'body.list.1', 'body.name'].sort());
  });

  it('accepts paired surrogates and ordinary text', () => {
    expect(badCharacters('Zoë 😀 \ud83d\ude00')).toBeUndefined();
    expect(badCharacters('\udbff')).toBeDefined();
    expect(badCharacters('\udfff\ud800')).toBeDefined();
  });

  it('refuses nesting beyond the limit without recursion', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const problems = inspectInput(deep, 'body');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.problems[0]).toMatch(/nested deeper than 64/);
    let ok: unknown = 1;
    for (let i = 0; i < 63; i++) ok = { a: ok };
    expect(inspectInput(ok, 'body')).toEqual([]);
  });

  it('answers routing errors in the error shape without echoing the URL', () => {
    expect(frameworkErrorBody({ code: 'FST_ERR_MAX_PARAM_LENGTH' }, 'r')).toMatchObject({ statusCode: 414, code: 'URI_TOO_LONG' });
    expect(frameworkErrorBody({ code: 'FST_ERR_BAD_URL' }, 'r')).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });

  it("answers what Node's HTTP parser refuses in the error shape", () => {
    expect(clientErrorBody('HPE_HEADER_OVERFLOW')).toMatchObject({ statusCode: 431, code: 'HEADERS_TOO_LARGE' });
    expect(clientErrorBody('ERR_HTTP_REQUEST_TIMEOUT')).toMatchObject({ statusCode: 408, code: 'REQUEST_TIMEOUT' });
    expect(clientErrorBody('HPE_INVALID_METHOD')).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });
});
