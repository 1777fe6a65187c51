import { HttpStatus } from '@nestjs/common';

/** The one error body every endpoint answers with. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
  correlationId?: string;
}

/**
 * A domain error with a stable machine-readable code. Services throw these;
 * the global filter turns them into the error body, once, at the edge.
 */
export class AppException extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppException';
  }

  static badRequest(code: string, message: string, details?: unknown) {
    return new AppException(HttpStatus.BAD_REQUEST, code, message, details);
  }
  static unauthorized(code: string, message: string) {
    return new AppException(HttpStatus.UNAUTHORIZED, code, message);
  }
  static forbidden(code: string, message: string) {
    return new AppException(HttpStatus.FORBIDDEN, code, message);
  }
  static notFound(code: string, message: string) {
    return new AppException(HttpStatus.NOT_FOUND, code, message);
  }
  static conflict(code: string, message: string, details?: unknown) {
    return new AppException(HttpStatus.CONFLICT, code, message, details);
  }
  static unprocessable(code: string, message: string, details?: unknown) {
    return new AppException(HttpStatus.UNPROCESSABLE_ENTITY, code, message, details);
  }
}
