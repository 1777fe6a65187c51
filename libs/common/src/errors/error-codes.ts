/**
 * Codes shared by every service. Each service adds its own domain codes next to its features;
 * a code, once published, never changes meaning.
 */
export const CommonErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  INVALID_JSON: 'INVALID_JSON',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  URI_TOO_LONG: 'URI_TOO_LONG',
  ROUTE_NOT_FOUND: 'ROUTE_NOT_FOUND',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  INTERNAL_ERROR: 'INTERNAL_ERROR',
} as const;

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
