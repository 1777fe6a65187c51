import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** OpenAPI description of the error body every endpoint answers with. */
export class ErrorResponseDto {
  @ApiProperty({ example: 409 })
  statusCode: number;

  @ApiProperty({ example: 'EMAIL_TAKEN', description: 'Stable machine-readable code' })
  code: string;

  @ApiProperty({ example: 'An account with this email already exists' })
  message: string;

  @ApiPropertyOptional({
    description: 'Structured detail: for VALIDATION_FAILED the fields and their problems, otherwise an object',
    oneOf: [
      { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, problems: { type: 'array', items: { type: 'string' } } } } },
      { type: 'object', additionalProperties: true },
    ],
    example: [{ field: 'email', problems: ['email must be a valid email address'] }],
  })
  details?: unknown;

  @ApiPropertyOptional({ example: 'req-6f1c2b', description: 'Present on 5xx: quote it to support' })
  correlationId?: string;
}
