import { describe, expect, it } from '@jest/globals';
import { breakingChanges } from './openapi-breaking.js';

const doc = (paths: Record<string, unknown>, schemas: Record<string, unknown> = {}) => ({ openapi: '3.0.0', paths, components: { schemas } });
const body = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const user = {
  type: 'object',
  required: ['id', 'email'],
  properties: { id: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' } },
};

describe('breakingChanges', () => {
  const base = doc(
    {
      '/users': {
        post: {
          operationId: 'create',
          requestBody: body({ type: 'object', required: ['email'], properties: { email: { type: 'string' }, role: { type: 'string', enum: ['a', 'b'] } } }),
          responses: { '201': body({ $ref: '#/components/schemas/User' }) },
        },
      },
      '/users/{id}': { get: { operationId: 'get', responses: { '200': body({ $ref: '#/components/schemas/User' }) } } },
    },
    { User: user },
  );

  it('finds nothing when nothing changed, or only additions', () => {
    expect(breakingChanges('s', base, base)).toEqual([]);
    const added = structuredClone(base) as typeof base;
    (added.components.schemas.User as typeof user).properties = { ...user.properties, extra: { type: 'string' } } as typeof user.properties;
    (added.paths as Record<string, unknown>)['/other'] = { get: { operationId: 'other', responses: {} } };
    expect(breakingChanges('s', base, added)).toEqual([]);
  });

  it('reports removed operations, removed response fields, new required request fields, narrowed types and enums', () => {
    const after = doc(
      {
        '/users': {
          post: {
            operationId: 'create',
            requestBody: body({
              type: 'object',
              required: ['email', 'name'],
              properties: { email: { type: 'integer' }, role: { type: 'string', enum: ['a'] }, name: { type: 'string' } },
            }),
            responses: { '201': body({ $ref: '#/components/schemas/User' }) },
          },
        },
      },
      { User: { ...user, properties: { id: { type: 'string' }, email: { type: 'string' } } } },
    );
    expect(breakingChanges('s', base, after).sort()).toEqual(
      [
        's: GET /users/{id}: operation removed',
        's: POST /users 201.name: response field removed',
        's: POST /users body.email: type changed from string to integer',
        's: POST /users body.name: request field added as required',
        's: POST /users body.role: enum values removed: b',
      ].sort(),
    );
  });

  it('reports an error code removed or answered under another status, not one added', () => {
    const codes = (statuses: Record<string, number>) =>
      doc({}, { ErrorCode: { type: 'string', enum: Object.keys(statuses), 'x-error-statuses': statuses } });
    const before = codes({ KEY_IN_USE: 409, RATE_LIMITED: 429, INSTALLATION_DEACTIVATED: 401 });
    const after = codes({ KEY_IN_USE: 409, INSTALLATION_DEACTIVATED: 403, CREDENTIAL_REVOKED: 401 });
    expect(breakingChanges('s', before, after)).toEqual(['s: error code RATE_LIMITED removed', 's: error code INSTALLATION_DEACTIVATED answers 403 instead of 401']);
    expect(breakingChanges('s', codes({ KEY_IN_USE: 409 }), codes({ KEY_IN_USE: 409, NEW_CODE: 400 }))).toEqual([]);
  });
});
