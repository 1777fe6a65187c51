import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ErrorResponseDto } from '#common';

/** 429 from the per-IP / per-email limits, with its Retry-After header. */
export function ApiRateLimited(description: string) {
  return ApiTooManyRequestsResponse({
    type: ErrorResponseDto,
    description: `TOO_MANY_REQUESTS: ${description}`,
    headers: { 'Retry-After': { description: 'Seconds until a new attempt is allowed', schema: { type: 'integer', example: 840 } } },
  });
}
