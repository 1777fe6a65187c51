import { ParseUUIDPipe } from '@nestjs/common';
import { AppException } from '#common';

/** A path id that is not a UUID names nothing: 404 with the resource's code, like an unknown id. */
export function uuidOr404(code: string, message: string): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => AppException.notFound(code, message) });
}
