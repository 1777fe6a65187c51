import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AppException, ErrorResponseDto, OperatorAuth } from '#common';
import { DeliveryPageResponseDto, DeliveryResponseDto, ListDeliveriesQueryDto } from './deliveries.dto.js';
import { DeliveriesService } from './deliveries.service.js';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => AppException.badRequest('VALIDATION_FAILED', 'id must be a UUID') });

@ApiTags('deliveries')
@Controller('deliveries')
@OperatorAuth()
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Get()
  @ApiOperation({
    summary: 'List email deliveries, newest first',
    description: 'The delivery log: every email with its event, template, recipient, status, attempts, last error and SMTP message id. Operators only.',
  })
  @ApiOkResponse({ type: DeliveryPageResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED (unknown status, malformed dates, page size above 200, ...)' })
  list(@Query() query: ListDeliveriesQueryDto): Promise<DeliveryPageResponseDto> {
    return this.deliveries.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One email delivery' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: DeliveryResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED (id is not a UUID)' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'DELIVERY_NOT_FOUND' })
  get(@Param('id', uuid) id: string): Promise<DeliveryResponseDto> {
    return this.deliveries.get(id);
  }

  @Post(':id/retry')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Send a failed or dead email again',
    description: 'Puts the delivery back in the queue (status `queued`) with the data it was planned with; the worker sends it with the usual retries.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiAcceptedResponse({ type: DeliveryResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED (id is not a UUID)' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'DELIVERY_NOT_FOUND' })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'DELIVERY_ALREADY_SENT, DELIVERY_ALREADY_QUEUED, DELIVERY_IN_PROGRESS (being sent right now), DELIVERY_NOT_RETRYABLE (its data is no longer kept)',
  })
  @ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: 'QUEUE_UNAVAILABLE (Redis does not answer; nothing changed)' })
  retry(@Param('id', uuid) id: string): Promise<DeliveryResponseDto> {
    return this.deliveries.retry(id);
  }
}
