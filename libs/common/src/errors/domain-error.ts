import type { ErrorCode } from './define-errors.js';

/** The one error body every endpoint answers with. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
  correlationId?: string;
}

/**
 * What services throw: a code from their error table, a message for people, and the facts of the
 * message (numbers, ids) in `details` for programs. It carries no HTTP status: the exception filter
 * looks the status up in the code's table, once, at the edge.
 */
export class DomainError<D = unknown> extends Error {
  constructor(
    readonly code: ErrorCode<string, D>,
    message: string,
    readonly details?: NoInfer<D>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
