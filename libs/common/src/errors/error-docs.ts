import type { OpenAPIObject } from '@nestjs/swagger';
import { errorRegistry, type ErrorRegistry, type RegisteredError } from './define-errors.js';

type SchemaObject = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;
/** What a code looks like in a response's description: upper case words joined by underscores. */
const CODE_TOKEN = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;

/** The tables a service answers from: the shared one and its own. */
export function errorAreasOf(service: string): string[] {
  return ['common', service];
}

/** One line per code: the status, the description, and what its details carry. */
export function describeError(entry: RegisteredError): string {
  const details =
    entry.details === undefined
      ? ''
      : typeof entry.details === 'string'
        ? `; details: ${entry.details}`
        : `; details: ${Object.entries(entry.details)
            .map(([field, meaning]) => `\`${field}\` (${meaning})`)
            .join(', ')}`;
  return `${entry.description}${details}`;
}

/**
 * Documents a service's error codes from its tables: the `ErrorCode` schema enumerates them (the error
 * body's `code` refers to it) and describes each, and every code an operation's error response names
 * must be one of them, documented under the status its table gives it. Returns the problems found.
 */
export function documentErrorCodes(document: OpenAPIObject, service: string, registry: ErrorRegistry = errorRegistry): string[] {
  const entries = registry.list(errorAreasOf(service)).sort((a, b) => a.code.localeCompare(b.code));
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const schemas = (document.components ??= {}).schemas ??= {};
  const own = entries.find((e) => e.area === service) ?? entries[0];
  const errorCode: SchemaObject & { 'x-error-statuses': Record<string, number> } = {
    type: 'string',
    enum: entries.map((e) => e.code),
    example: own?.code,
    // The status of each code, for programs (the breaking-change check compares them between revisions).
    'x-error-statuses': Object.fromEntries(entries.map((e) => [e.code, e.status])),
    description: [
      'Stable machine-readable code; a code never changes meaning. The codes this service answers, with their status:',
      '',
      ...entries.map((e) => `- \`${e.code}\` (${e.status}): ${describeError(e)}`),
    ].join('\n'),
  };
  schemas.ErrorCode = errorCode;
  const body = schemas.ErrorResponseDto as { properties?: Record<string, unknown> } | undefined;
  if (body?.properties) body.properties.code = { $ref: '#/components/schemas/ErrorCode' };

  const problems: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const responses = (item[method]?.responses ?? {}) as Record<string, { description?: string }>;
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) < 400) continue;
        for (const [token] of (response.description ?? '').matchAll(CODE_TOKEN)) {
          const entry = byCode.get(token);
          const where = `${service}: ${method.toUpperCase()} ${path} ${status}`;
          if (!entry) problems.push(`${where} names ${token}, which no error table of ${service} (or libs/common) defines`);
          else if (String(entry.status) !== status) problems.push(`${where} names ${token}, which its table maps to ${entry.status}`);
        }
      }
    }
  }
  return [...new Set(problems)];
}
