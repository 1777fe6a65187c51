import { createRequire } from 'node:module';
import type { Type } from '@nestjs/common';
import { TransformationType } from 'class-transformer';
import { getMetadataStorage, isDateString, ValidationTypes } from 'class-validator';
import { trim } from '../http/transforms.js';
import { createValidationPipe } from './validation.js';

/** The JSON Schema subset the fast path emits (Fastify compiles it once with its ajv). */
export interface FastBodySchema {
  type: 'object';
  additionalProperties: false;
  required: string[];
  properties: Record<string, Record<string, unknown>>;
}

export interface FastBody<T> {
  /** For the route's `schema.body` (with `attachValidation: true`). */
  schema: FastBodySchema;
  /**
   * The validated body. `schemaPassed`: Fastify's compiled schema accepted it (no `validationError`).
   * Then only what the schema cannot say (a date string's calendar validity) is checked; anything
   * else goes through the ValidationPipe, which answers exactly what it answers on any other route.
   */
  parse(body: unknown, schemaPassed: boolean): Promise<T>;
  /**
   * The body itself when the schema accepted it and nothing else needs checking (the common case,
   * answered without a promise), otherwise `undefined`: then `parse` decides.
   */
  accept(body: unknown, schemaPassed: boolean): T | undefined;
}

// Printable ASCII without leading or trailing blanks: for such strings `trim` is the identity and every
// length (code points, UTF-16 units, class-validator's isLength) is the same number.
const PLAIN_TEXT = '^[!-~](?:[ -~]*[!-~])?$';
const ISO_DATE_TIME = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$';

interface TransformStorage {
  findTransformMetadatas(target: Type<unknown>, propertyName: string, type: TransformationType): Array<{ transformFn: unknown }>;
}
// The instance the ValidationPipe's class-transformer uses (it loads the package's CommonJS build).
const transformStorage = (createRequire(import.meta.url)('class-transformer/cjs/storage.js') as { defaultMetadataStorage: TransformStorage })
  .defaultMetadataStorage;

/**
 * A request DTO's class-validator rules as a JSON schema that accepts a subset of what the
 * ValidationPipe accepts, and only bodies the pipe would pass through unchanged; whatever it refuses
 * is handed to the pipe itself. So a route using it answers exactly what the pipe answers (status,
 * code, message, details) while valid bodies, the common case, cost one compiled schema check.
 * Rules without an exact schema form make this throw at start, never validate loosely.
 */
export function fastBody<T extends object>(dto: Type<T>): FastBody<T> {
  const properties: Record<string, Record<string, unknown>> = {};
  const optional = new Set<string>();
  const dates: Array<{ field: string; options: Parameters<typeof isDateString>[1] }> = [];
  const unsupported = (what: string) => new Error(`fastBody(${dto.name}): ${what} has no exact fast form; validate this DTO with the ValidationPipe`);
  const typeOf = (field: string, type: 'string' | 'integer' | 'number') => {
    const property = (properties[field] ??= {});
    const current = property.type as string | undefined;
    if (current === undefined || (current === 'number' && type === 'integer')) property.type = type;
    else if (!(current === 'integer' && type === 'number') && current !== type) throw unsupported(`${field} as both ${current} and ${type}`);
    if (type === 'string') property.pattern ??= PLAIN_TEXT;
    return property;
  };
  for (const rule of getMetadataStorage().getTargetValidationMetadatas(dto, '', false, false)) {
    const field = rule.propertyName;
    if (rule.each || rule.groups?.length || rule.always) throw unsupported(`${field}: each/groups/always`);
    const [a, b] = (rule.constraints ?? []) as unknown[];
    if (rule.type === ValidationTypes.CONDITIONAL_VALIDATION && rule.name === 'isOptional') {
      optional.add(field);
      continue;
    }
    if (rule.type !== ValidationTypes.CUSTOM_VALIDATION) throw unsupported(`${field}: ${rule.type}`);
    switch (rule.name) {
      case 'isString':
        typeOf(field, 'string');
        break;
      case 'isLength': {
        const property = typeOf(field, 'string');
        if (typeof a === 'number') property.minLength = a;
        if (typeof b === 'number') property.maxLength = b;
        break;
      }
      case 'minLength':
        typeOf(field, 'string').minLength = a;
        break;
      case 'maxLength':
        typeOf(field, 'string').maxLength = a;
        break;
      case 'isInt':
        typeOf(field, 'integer');
        break;
      case 'min':
        typeOf(field, 'number').minimum = a;
        break;
      case 'max':
        typeOf(field, 'number').maximum = a;
        break;
      case 'isDateString':
        typeOf(field, 'string').pattern = ISO_DATE_TIME;
        dates.push({ field, options: a as Parameters<typeof isDateString>[1] });
        break;
      default:
        throw unsupported(`${field}: ${rule.name}`);
    }
  }
  for (const field of Object.keys(properties)) {
    for (const { transformFn } of transformStorage.findTransformMetadatas(dto, field, TransformationType.PLAIN_TO_CLASS)) {
      if (transformFn !== trim) throw unsupported(`${field}: a @Transform other than trim`);
    }
  }
  const schema: FastBodySchema = {
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties).filter((field) => !optional.has(field)),
    properties,
  };
  const pipe = createValidationPipe();
  const metadata = { type: 'body' as const, metatype: dto, data: undefined };
  const accept = (body: unknown, schemaPassed: boolean): T | undefined => {
    if (!schemaPassed || typeof body !== 'object' || body === null) return undefined;
    const fields = body as Record<string, unknown>;
    for (const { field, options } of dates) if (fields[field] !== undefined && !isDateString(fields[field], options)) return undefined;
    return body as T;
  };
  return {
    schema,
    accept,
    parse: (body, schemaPassed) => {
      const accepted = accept(body, schemaPassed);
      return accepted !== undefined ? Promise.resolve(accepted) : (pipe.transform(body, metadata) as Promise<T>);
    },
  };
}
