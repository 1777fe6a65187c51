import { Injectable, type PipeTransform } from '@nestjs/common';
import type { ErrorCode } from '../errors/define-errors.js';
import { DomainError } from '../errors/domain-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The pipe `idParam` makes: a UUID passes (lower-cased), anything else is a 404 with the resource's code. */
@Injectable()
export class IdParamPipe implements PipeTransform<string, string> {
  constructor(
    private readonly code: ErrorCode,
    private readonly message: string,
  ) {}

  transform(value: string): string {
    if (typeof value !== 'string' || !UUID.test(value)) throw new DomainError(this.code, this.message);
    return value.toLowerCase();
  }
}

/**
 * The id-in-path pipe: an id that is not a UUID names nothing, so it answers 404 with the resource's
 * code, exactly like an unknown id or one of another account (never 400 for "not found").
 */
export function idParam(code: ErrorCode, message: string): IdParamPipe {
  return new IdParamPipe(code, message);
}
