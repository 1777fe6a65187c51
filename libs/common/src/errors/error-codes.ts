import { defineErrors } from './define-errors.js';

/**
 * Codes every service can answer (the shared machinery's, the guards', and the ones two services
 * share). Each service adds its own table next to its features; a code, once published, never changes
 * meaning, and a code two services answer lives here rather than in both.
 */
export const CommonErrorCode = defineErrors('common', {
  // Input, answered by the validation pipe, the input guard and Fastify's body parsing
  VALIDATION_FAILED: {
    status: 400,
    description: 'the input broke a rule; unknown fields are refused too',
    details: 'a list of `{ field, problems[] }`, one per invalid field',
  },
  INVALID_JSON: { status: 400, description: 'the body is not JSON' },
  PAYLOAD_TOO_LARGE: { status: 413, description: 'the body is over the limit (1 MiB by default)' },
  URI_TOO_LONG: { status: 414, description: 'a path parameter is over the length limit', details: { maxLength: 'the longest path parameter taken, in characters' } },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, description: 'a body of a type the operation does not take' },
  ROUTE_NOT_FOUND: { status: 404, description: 'no such route' },
  METHOD_NOT_ALLOWED: { status: 405, description: 'the route does not take this method' },
  REQUEST_TIMEOUT: { status: 408, description: 'the request did not arrive in time (Node.js `requestTimeout`)' },
  HEADERS_TOO_LARGE: { status: 431, description: 'the request headers are over the size limit (16 KiB)' },
  // Authentication and access (the shared guards)
  UNAUTHENTICATED: { status: 401, description: 'no access token, or one that is not valid' },
  TOKEN_EXPIRED: { status: 401, description: 'the access token has expired; refresh it' },
  SESSION_REVOKED: { status: 401, description: 'the session of the access token was signed out or has ended' },
  OPERATOR_REQUIRED: { status: 403, description: 'only operators may do this' },
  MEMBERSHIP_BLOCKED: { status: 403, description: 'your access to this business account is blocked' },
  ADMIN_REQUIRED: { status: 403, description: 'only administrators of the business account may do this' },
  SSO_REQUIRED: {
    status: 403,
    description: 'the business account requires its single sign-on',
    details: { accountId: 'the business account whose single sign-on to use' },
  },
  ACCOUNT_NOT_FOUND: { status: 404, description: 'no such business account, or one you do not belong to' },
  // License keys, read by licensing (registration, look-ups) and activation (the proxy protocol)
  LICENSE_KEY_MALFORMED: { status: 400, description: 'not a license key (25 characters, 5 groups of 5)' },
  LICENSE_KEY_MISTYPED: { status: 400, description: 'a license key whose check character does not match: a typo' },
  LICENSE_KEY_NOT_FOUND: { status: 404, description: 'no such license key (or one of another business account)' },
  // Limits and availability
  TOO_MANY_REQUESTS: {
    status: 429,
    description: 'a rate limit; wait the `Retry-After` seconds',
    details: { retryAfterSeconds: 'seconds until a retry can succeed, also sent as Retry-After', limitPerMinute: 'the limit, where it is per minute' },
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    description: 'readiness: a dependency is down',
    details: { info: 'the checks that passed', error: 'the checks that failed', details: 'every check' },
  },
  DATABASE_UNAVAILABLE: { status: 503, description: 'Postgres is unreachable or restarting; retry after the `Retry-After` seconds' },
  INTERNAL_ERROR: { status: 500, description: 'unexpected; the body carries a correlationId to quote to support' },
  // What a bare HTTP status maps to when nothing more specific was given
  FORBIDDEN: { status: 403, description: 'not allowed' },
  NOT_FOUND: { status: 404, description: 'not found' },
  CONFLICT: { status: 409, description: 'the request conflicts with the current state' },
});

/** The code for a status when nothing more specific was given. */
export function codeForStatus(status: number): string {
  switch (status) {
    case 400:
      return CommonErrorCode.VALIDATION_FAILED;
    case 401:
      return CommonErrorCode.UNAUTHENTICATED;
    case 403:
      return CommonErrorCode.FORBIDDEN;
    case 404:
      return CommonErrorCode.NOT_FOUND;
    case 405:
      return CommonErrorCode.METHOD_NOT_ALLOWED;
    case 409:
      return CommonErrorCode.CONFLICT;
    case 413:
      return CommonErrorCode.PAYLOAD_TOO_LARGE;
    case 414:
      return CommonErrorCode.URI_TOO_LONG;
    case 415:
      return CommonErrorCode.UNSUPPORTED_MEDIA_TYPE;
    case 429:
      return CommonErrorCode.TOO_MANY_REQUESTS;
    case 503:
      return CommonErrorCode.SERVICE_UNAVAILABLE;
    default:
      return status >= 500 ? CommonErrorCode.INTERNAL_ERROR : `HTTP_${status}`;
  }
}
