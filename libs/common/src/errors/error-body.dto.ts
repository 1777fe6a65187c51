import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** OpenAPI description of the error body every endpoint answers with. */
export class ErrorResponseDto {
  @ApiProperty({ example: 409 })
  statusCode: number;

  @ApiProperty({ example: 'EMAIL_TAKEN', description: 'Stable machine-readable code' })
  code: string;

  @ApiProperty({ example: 'An account with this email already exists' })
  message: string;

  @ApiPropertyOptional({ description: 'Structured detail, e.g. the fields that failed validation' })
  details?: unknown;

  @ApiPropertyOptional({ example: 'req-6f1c2b', description: 'Present on 5xx: quote it to support' })
  correlationId?: string;
}
