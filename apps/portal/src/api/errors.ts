import type { IdentityComponents } from '#api-client';

export type ApiError = IdentityComponents['schemas']['ErrorResponseDto'];

export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

/** The message to show for an error answer (or a failed request). */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong. Try again.';
}

/**
 * Per-field messages from a 400's `details` (`[{ field, problems }]`), for Mantine's
 * `form.setErrors`. Fields not on the form are left to the general message.
 */
export function fieldErrors(error: unknown, prefix = ''): Record<string, string> {
  if (!isApiError(error) || !Array.isArray(error.details)) return {};
  const out: Record<string, string> = {};
  for (const item of error.details as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { field, problems } = item as { field?: unknown; problems?: unknown };
    if (typeof field !== 'string') continue;
    const text = Array.isArray(problems) ? problems.join(', ') : String(problems ?? 'is invalid');
    out[`${prefix}${field.replace(/^business\./, '')}`] = text;
  }
  return out;
}

/** The stable code of an error answer (`QUOTA_EXCEEDED`, …), or null for anything else. */
export function errorCode(error: unknown): string | null {
  return isApiError(error) ? error.code : null;
}
