import { describe, expect, it } from '@jest/globals';
import type { OpenAPIObject } from '@nestjs/swagger';
import { defineErrors, ErrorRegistry } from './define-errors.js';
import { documentErrorCodes } from './error-docs.js';

function registry(): ErrorRegistry {
  const r = new ErrorRegistry();
  defineErrors('common', { VALIDATION_FAILED: { status: 400, description: 'bad input', details: 'the fields' } }, r);
  defineErrors('licensing', { QUOTA_EXCEEDED: { status: 409, description: 'no vacant licenses', details: { needed: 'n', vacant: 'v' } } }, r);
  defineErrors('activation', { KEY_IN_USE: { status: 409, description: 'in use' } }, r);
  return r;
}

const documentWith = (responses: Record<string, { description: string }>): OpenAPIObject => ({
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: { '/keys': { post: { responses } } },
  components: { schemas: { ErrorResponseDto: { type: 'object', properties: { code: { type: 'string' } } } } },
});

describe('documentErrorCodes', () => {
  it("enumerates the service's codes with their status, description and details in the ErrorCode schema", () => {
    const doc = documentWith({ '409': { description: 'QUOTA_EXCEEDED (details: needed, vacant)' } });
    expect(documentErrorCodes(doc, 'licensing', registry())).toEqual([]);
    const schema = doc.components?.schemas?.ErrorCode as { enum: string[]; description: string; 'x-error-statuses': Record<string, number> };
    expect(schema.enum).toEqual(['QUOTA_EXCEEDED', 'VALIDATION_FAILED']);
    expect(schema['x-error-statuses']).toEqual({ QUOTA_EXCEEDED: 409, VALIDATION_FAILED: 400 });
    expect(schema.description).toContain('- `QUOTA_EXCEEDED` (409): no vacant licenses; details: `needed` (n), `vacant` (v)');
    expect(doc.components?.schemas?.ErrorResponseDto).toEqual({ type: 'object', properties: { code: { $ref: '#/components/schemas/ErrorCode' } } });
  });

  it("refuses a response naming a code under another status than its table's, or a code of no table of the service", () => {
    const doc = documentWith({ '400': { description: 'VALIDATION_FAILED, QUOTA_EXCEEDED' }, '409': { description: 'KEY_IN_USE' } });
    expect(documentErrorCodes(doc, 'licensing', registry())).toEqual([
      'licensing: POST /keys 400 names QUOTA_EXCEEDED, which its table maps to 409',
      'licensing: POST /keys 409 names KEY_IN_USE, which no error table of licensing (or libs/common) defines',
    ]);
  });
});
