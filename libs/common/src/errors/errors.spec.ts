import { describe, expect, it } from '@jest/globals';
import { BadRequestException, NotFoundException, type ValidationError } from '@nestjs/common';
import { defineErrors, ErrorRegistry } from './define-errors.js';
import { DomainError } from './domain-error.js';
import { CommonErrorCode } from './error-codes.js';
import { toErrorBody } from './http-exception.filter.js';
import { flattenValidationErrors } from './validation.js';

describe('toErrorBody', () => {
  it('answers a domain error with the status of its table, its code and details', () => {
    const registry = new ErrorRegistry();
    const Codes = defineErrors('test', { EMAIL_TAKEN: { status: 409, description: 'taken', details: { email: 'the email' } } }, registry);
    const { body, headers } = toErrorBody(new DomainError(Codes.EMAIL_TAKEN, 'taken', { email: 'x' }), 'r1', registry);
    expect(body).toEqual({ statusCode: 409, code: 'EMAIL_TAKEN', message: 'taken', details: { email: 'x' } });
    expect(headers).toBeUndefined();
  });

  it('says Retry-After when the details say when to retry', () => {
    const { body, headers } = toErrorBody(new DomainError(CommonErrorCode.TOO_MANY_REQUESTS, 'wait', { retryAfterSeconds: 7 }), 'r1');
    expect(body).toEqual({ statusCode: 429, code: 'TOO_MANY_REQUESTS', message: 'wait', details: { retryAfterSeconds: 7 } });
    expect(headers).toEqual({ 'retry-after': '7' });
  });

  it('answers 500 for a domain error whose code no registered table holds', () => {
    const other = defineErrors('elsewhere', { UNREGISTERED: { status: 409, description: 'x' } }, new ErrorRegistry());
    const { body } = toErrorBody(new DomainError(other.UNREGISTERED, 'x'), 'r2', new ErrorRegistry());
    expect(body).toMatchObject({ statusCode: 500, code: 'INTERNAL_ERROR', correlationId: 'r2' });
  });

  it('maps unknown routes to ROUTE_NOT_FOUND', () => {
    const { body } = toErrorBody(new NotFoundException('Cannot GET /nope'), 'r1');
    expect(body).toEqual({ statusCode: 404, code: 'ROUTE_NOT_FOUND', message: 'No such route' });
  });

  it('maps plain HTTP exceptions to a code for their status', () => {
    expect(toErrorBody(new BadRequestException('bad'), 'r').body.code).toBe('VALIDATION_FAILED');
  });

  it('hides internals of unexpected errors behind a correlation id', () => {
    const { body } = toErrorBody(new Error('password=hunter2 at db.ts:12'), 'req-42');
    expect(body.statusCode).toBe(500);
    expect(body.code).toBe('INTERNAL_ERROR');
    expect(body.correlationId).toBe('req-42');
    expect(JSON.stringify(body)).not.toContain('hunter2');
  });

  it('maps Fastify body errors to 4xx codes', () => {
    const tooLarge = Object.assign(new Error('Request body is too large'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    expect(toErrorBody(tooLarge, 'r').body).toEqual({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'Request body is too large' });
  });
});

describe('flattenValidationErrors', () => {
  it('flattens nested errors with dotted paths', () => {
    const child: ValidationError = { property: 'zip', constraints: { isNotEmpty: 'zip should not be empty' }, children: [] };
    const parent: ValidationError = { property: 'address', children: [child] };
    expect(flattenValidationErrors([parent])).toEqual([{ field: 'address.zip', problems: ['zip should not be empty'] }]);
  });
});

describe('toErrorBody with wrapped Fastify errors', () => {
  it('unwraps the cause Nest attaches', async () => {
    const { HttpException } = await import('@nestjs/common');
    const cause = Object.assign(new Error("Body is not valid JSON but content-type is set to 'application/json'"), {
      statusCode: 400,
      code: 'FST_ERR_CTP_INVALID_JSON_BODY',
    });
    const wrapped = new HttpException(cause.message, 400, { cause });
    expect(toErrorBody(wrapped, 'r').body).toEqual({ statusCode: 400, code: 'INVALID_JSON', message: 'Request body is not valid JSON' });
  });
});

describe('database unavailable', () => {
  it('answers 503 DATABASE_UNAVAILABLE with Retry-After for connection failures, not for bad queries', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const { body, headers } = toErrorBody(refused, 'r9');
    expect(body).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE', correlationId: 'r9' });
    expect(headers).toEqual({ 'retry-after': '5' });
    const restarting = Object.assign(new Error('query failed'), { driverError: { code: '57P01', message: 'terminating connection due to administrator command' } });
    expect(toErrorBody(restarting, 'r').body.code).toBe('DATABASE_UNAVAILABLE');
    expect(toErrorBody(new Error('Connection terminated unexpectedly'), 'r').body.statusCode).toBe(503);
    const badQuery = Object.assign(new Error('syntax error'), { driverError: { code: '42601' } });
    expect(toErrorBody(badQuery, 'r').body.statusCode).toBe(500);
  });
});
