import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorRegistry, type ErrorRegistry } from './define-errors.js';
import { DomainError, type ErrorBody } from './domain-error.js';
import { CommonErrorCode, codeForStatus } from './error-codes.js';

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message: string;
}

/** Fastify's own errors (body parsing, limits) carry a status and an FST_ code. */
function isFastifyError(e: unknown): e is FastifyLikeError & { statusCode: number } {
  return (
    e instanceof Error &&
    typeof (e as FastifyLikeError).statusCode === 'number' &&
    typeof (e as FastifyLikeError).code === 'string' &&
    String((e as FastifyLikeError).code).startsWith('FST_')
  );
}

/** Seconds a client should wait before retrying while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// Postgres refusing or dropping connections: class 08 (connection exception), 57P01-57P03 (shutting
// down, restarting, not yet accepting), 53300 (too many connections), 55000 for a database not
// accepting connections; and node-postgres' own socket errors.
const PG_UNAVAILABLE = /^(08\d{3}|57P0[1-3]|53300|55000)$/;
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);
const PG_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established|the database system is (starting up|shutting down)/i;

/** Whether an error means "the database cannot be reached right now" (not a bad query). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof e.code === 'string' && (PG_UNAVAILABLE.test(e.code) || SOCKET_CODES.has(e.code))) return true;
    if (typeof e.message === 'string' && PG_MESSAGES.test(e.message)) return true;
    current = e.driverError ?? e.cause;
  }
  return false;
}

/** Errors that say when to retry (`details.retryAfterSeconds`) say it in the Retry-After header too. */
function retryAfterHeader(details: unknown): Record<string, string> | undefined {
  const seconds = (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' ? { 'retry-after': String(seconds) } : undefined;
}

/**
 * Turns every thrown thing into `{ statusCode, code, message, details? }`.
 * Unexpected errors become a 500 carrying the request id as correlation id, and nothing internal.
 */
export function toErrorBody(
  exception: unknown,
  requestId: string,
  registry: ErrorRegistry = errorRegistry,
): { body: ErrorBody; headers?: Record<string, string> } {
  if (exception instanceof DomainError) {
    // The status comes from the code's table: throw sites never choose one.
    const entry = registry.entry(exception.code);
    if (entry) {
      const body: ErrorBody = { statusCode: entry.status, code: exception.code, message: exception.message };
      if (exception.details !== undefined) body.details = exception.details;
      return { body, headers: retryAfterHeader(exception.details) };
    }
  }
  // Nest wraps Fastify's own errors (body parsing, limits) in an HttpException with the original as cause.
  if (exception instanceof HttpException && isFastifyError(exception.cause)) {
    return toErrorBody(exception.cause, requestId, registry);
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    let message = exception.message;
    let code = codeForStatus(status);
    if (status === HttpStatus.NOT_FOUND && /^Cannot [A-Z]+ /.test(message)) {
      code = CommonErrorCode.ROUTE_NOT_FOUND;
      message = 'No such route';
    }
    let details: Record<string, unknown> | undefined;
    if (typeof response === 'object' && response !== null) {
      const { message: m, code: c, statusCode: _s, error: e, ...rest } = response as Record<string, unknown>;
      if (typeof c === 'string') code = c;
      if (typeof m === 'string' && code !== CommonErrorCode.ROUTE_NOT_FOUND) message = m;
      // Structured bodies (e.g. a failed readiness check) keep their content as details.
      if (Object.keys(rest).length > 0) details = e !== undefined && typeof e !== 'string' ? { ...rest, error: e } : rest;
    }
    const body: ErrorBody = { statusCode: status, code, message };
    if (details) body.details = details;
    if (status >= 500) body.correlationId = requestId;
    return { body };
  }
  if (isFastifyError(exception)) {
    const status = exception.statusCode;
    const map: Record<string, [string, string]> = {
      FST_ERR_CTP_BODY_TOO_LARGE: [CommonErrorCode.PAYLOAD_TOO_LARGE, 'Request body is too large'],
      FST_ERR_CTP_INVALID_MEDIA_TYPE: [CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, 'Unsupported content type'],
      FST_ERR_CTP_EMPTY_JSON_BODY: [CommonErrorCode.INVALID_JSON, 'Request body is empty'],
      FST_ERR_CTP_INVALID_JSON_BODY: [CommonErrorCode.INVALID_JSON, 'Request body is not valid JSON'],
    };
    const [code, message] = map[exception.code as string] ?? [codeForStatus(status), status < 500 ? exception.message : 'Internal error'];
    const body: ErrorBody = { statusCode: status, code, message };
    if (status >= 500) body.correlationId = requestId;
    return { body };
  }
  if (isDatabaseUnavailable(exception)) {
    return {
      body: {
        statusCode: errorRegistry.statusOf(CommonErrorCode.DATABASE_UNAVAILABLE),
        code: CommonErrorCode.DATABASE_UNAVAILABLE,
        message: 'The database is unavailable for a moment; retry after the Retry-After seconds',
        correlationId: requestId,
      },
      headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
    };
  }
  if (exception instanceof SyntaxError && /JSON/.test(exception.message)) {
    return { body: { statusCode: errorRegistry.statusOf(CommonErrorCode.INVALID_JSON), code: CommonErrorCode.INVALID_JSON, message: 'Request body is not valid JSON' } };
  }
  return {
    body: {
      statusCode: errorRegistry.statusOf(CommonErrorCode.INTERNAL_ERROR),
      code: CommonErrorCode.INTERNAL_ERROR,
      message: 'An unexpected error occurred; quote the correlation id to support',
      correlationId: requestId,
    },
  };
}

const ERROR_CODE = Symbol('errorCode');
type WithErrorCode = { [ERROR_CODE]?: string };

/** The `code` of the error body this request was answered with (set by the filter), for metrics. */
export function errorCodeOf(request: FastifyRequest): string | undefined {
  return (request as WithErrorCode)[ERROR_CODE];
}

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const requestId = String(request.id ?? 'unknown');
    const { body, headers } = toErrorBody(exception, requestId);
    (request as WithErrorCode)[ERROR_CODE] = body.code;
    if (body.code === CommonErrorCode.DATABASE_UNAVAILABLE) {
      this.logger.warn({ requestId, url: request.url, method: request.method, reason: (exception as Error)?.message }, 'Database unavailable');
    } else if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId, url: request.url, method: request.method }, 'Unhandled error');
    }
    if (headers) for (const [k, v] of Object.entries(headers)) void reply.header(k, v);
    void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}
