import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
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
import { ErrorResponseDto, idParam, OperatorAuth } from '#common';
import { DeliveryPageResponseDto, DeliveryResponseDto, ListDeliveriesQueryDto } from './deliveries.dto.js';
import { DeliveriesService } from './deliveries.service.js';
import { NotificationErrorCode } from '../notification.errors.js';

const deliveryId = idParam(NotificationErrorCode.DELIVERY_NOT_FOUND, 'Delivery not found');

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
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'DELIVERY_NOT_FOUND (also for an id that is not a UUID)' })
  get(@Param('id', deliveryId) id: string): Promise<DeliveryResponseDto> {
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
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'DELIVERY_NOT_FOUND (also for an id that is not a UUID)' })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'DELIVERY_ALREADY_SENT, DELIVERY_ALREADY_QUEUED, DELIVERY_IN_PROGRESS (being sent right now), DELIVERY_NOT_RETRYABLE (its data is no longer kept)',
  })
  @ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: 'QUEUE_UNAVAILABLE (Redis does not answer; nothing changed)' })
  retry(@Param('id', deliveryId) id: string): Promise<DeliveryResponseDto> {
    return this.deliveries.retry(id);
  }
}
