import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody } from '../errors/domain-error.js';
import { errorRegistry } from '../errors/define-errors.js';
import { CommonErrorCode } from '../errors/error-codes.js';
import type { FieldProblem } from '../errors/validation.js';

/** JSON nested deeper than this is refused before anything transforms it. */
export const MAX_JSON_DEPTH = 64;

/** A path parameter longer than this is answered 414 URI_TOO_LONG (Fastify's `maxParamLength`). */
export const MAX_PATH_PARAMETER_LENGTH = 200;

// A lone surrogate: a high one not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What is wrong with a string no field may hold, or undefined. */
export function badCharacters(value: string): string | undefined {
  if (value.includes('\u0000')) return 'must not contain NUL characters';
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode (no lone UTF-16 surrogates)';
  return undefined;
}

/**
 * Walks one part of a request (body, query or params) and collects the strings (keys too) that no
 * field may hold and nesting beyond `MAX_JSON_DEPTH`. Iterative, so no input can overflow the stack.
 */
export function inspectInput(root: unknown, part: string, maxDepth = MAX_JSON_DEPTH): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: root, path: part, depth: 0 }];
  while (stack.length > 0 && problems.length < 20) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof value === 'string') {
      const problem = badCharacters(value);
      if (problem) problems.push({ field: path, problems: [problem] });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) {
      problems.push({ field: path, problems: [`must not be nested deeper than ${maxDepth} levels`] });
      continue;
    }
    const entries: Array<[string, unknown]> = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as [string, unknown])
      : Object.entries(value as Record<string, unknown>);
    for (const [key, child] of entries) {
      const keyProblem = badCharacters(key);
      const shownKey = keyProblem ? '(invalid key)' : key;
      const childPath = path ? `${path}.${shownKey}` : shownKey;
      if (keyProblem) {
        problems.push({ field: childPath, problems: [`name ${keyProblem}`] });
        continue;
      }
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return problems;
}

function validationFailed(problems: FieldProblem[]): ErrorBody {
  const summary = problems.map((d) => `${d.field}: ${d.problems.join(', ')}`).join('; ');
  return { statusCode: errorRegistry.statusOf(CommonErrorCode.VALIDATION_FAILED), code: CommonErrorCode.VALIDATION_FAILED, message: `Invalid input: ${summary}`, details: problems };
}

/**
 * Refuses, for every route, input that must never reach a validator, a transformer or Postgres:
 * NUL characters and lone surrogates in any string of the body, the query or the path, and JSON
 * nested too deeply. Field paths name the part (`body.name`, `query.search`, `params.id`).
 */
export function installInputGuard(fastify: FastifyInstance): void {
  // Callback style and no work for empty parts: this runs on every request of every route.
  fastify.addHook('preValidation', (request: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) => {
    let problems: FieldProblem[] | undefined;
    for (const [value, part] of [
      [request.params, 'params'],
      [request.query, 'query'],
      [request.body, 'body'],
    ] as const) {
      if (!hasContent(value)) continue;
      const found = inspectInput(value, part);
      if (found.length > 0) (problems ??= []).push(...found);
    }
    if (problems) {
      void reply.status(errorRegistry.statusOf(CommonErrorCode.VALIDATION_FAILED)).header('content-type', 'application/json; charset=utf-8').send(validationFailed(problems));
      return;
    }
    done();
  });
}

/** Whether a part holds anything inspectInput would look at (a string, a number is nothing to it; an empty object neither). */
function hasContent(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (value === null || typeof value !== 'object') return false;
  for (const _key in value) return true;
  return false;
}

/**
 * Fastify's own routing errors (a malformed URL, a path parameter over `maxParamLength`) in the
 * error shape; the URL is never echoed.
 */
export function frameworkErrorBody(error: { code?: string }, requestId: string): ErrorBody {
  switch (error.code) {
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return {
        statusCode: errorRegistry.statusOf(CommonErrorCode.URI_TOO_LONG),
        code: CommonErrorCode.URI_TOO_LONG,
        message: `A path parameter is longer than ${MAX_PATH_PARAMETER_LENGTH} characters`,
        details: { maxLength: MAX_PATH_PARAMETER_LENGTH },
      };
    case 'FST_ERR_BAD_URL':
      return { statusCode: errorRegistry.statusOf(CommonErrorCode.VALIDATION_FAILED), code: CommonErrorCode.VALIDATION_FAILED, message: 'The URL is not validly encoded' };
    default:
      return {
        statusCode: errorRegistry.statusOf(CommonErrorCode.INTERNAL_ERROR),
        code: CommonErrorCode.INTERNAL_ERROR,
        message: 'An unexpected error occurred; quote the correlation id to support',
        correlationId: requestId,
      };
  }
}

/** What Node's HTTP parser refused before any route saw the request, in the error shape. */
export function clientErrorBody(code: string | undefined): ErrorBody {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return { statusCode: errorRegistry.statusOf(CommonErrorCode.HEADERS_TOO_LARGE), code: CommonErrorCode.HEADERS_TOO_LARGE, message: 'The request headers are too large' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { statusCode: errorRegistry.statusOf(CommonErrorCode.REQUEST_TIMEOUT), code: CommonErrorCode.REQUEST_TIMEOUT, message: 'The request did not arrive in time' };
    default:
      return { statusCode: errorRegistry.statusOf(CommonErrorCode.VALIDATION_FAILED), code: CommonErrorCode.VALIDATION_FAILED, message: 'The request is not valid HTTP' };
  }
}

/**
 * Fastify's `clientErrorHandler`: headers over the size limit, a request not sent in time, or bytes
 * that are not HTTP are answered in the error shape (Fastify's own answer has no code), then the
 * connection is closed.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const body = clientErrorBody(err.code);
  const json = JSON.stringify(body);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${body.statusCode} ${STATUS_CODES[body.statusCode] ?? ''}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
    );
  }
  socket.destroy(err);
}
