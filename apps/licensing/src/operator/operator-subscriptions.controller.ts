import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiExtraModels,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, ErrorResponseDto, OperatorAuth, type AuthenticatedUser } from '#common';
import { InstallationRefResponseDto } from '../shared/subscription.dto.js';
import { subscriptionIdParam } from '../shared/id-params.js';
import {
  AccountRefResponseDto,
  CreateSubscriptionRequestDto,
  CreateSubscriptionResponseDto,
  OperatorSubscriptionResponseDto,
  OrderReferenceRequestDto,
  RenewSubscriptionRequestDto,
  UpdateSubscriptionRequestDto,
  UpgradeSubscriptionRequestDto,
} from './operator-subscriptions.dto.js';
import { ListOperatorSubscriptionsQueryDto, OperatorSubscriptionListResponseDto } from './operator-subscription-list.dto.js';
import { OperatorSubscriptionListService } from './operator-subscription-list.service.js';
import { OperatorSubscriptionsService } from './operator-subscriptions.service.js';

const notFound = ApiNotFoundResponse({ type: ErrorResponseDto, description: 'SUBSCRIPTION_NOT_FOUND' });
const invalid = ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' });
const subscriptionDoc = ApiParam({ name: 'subscriptionId', format: 'uuid' });

@ApiTags('operator: subscriptions')
@Controller('operator/subscriptions')
@OperatorAuth()
@ApiExtraModels(InstallationRefResponseDto, AccountRefResponseDto)
export class OperatorSubscriptionsController {
  constructor(
    private readonly subscriptions: OperatorSubscriptionsService,
    private readonly listing: OperatorSubscriptionListService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'List subscriptions (back office)',
    description:
      'Every subscription of every account, registered or not: by status, end date range, expiring soon, product, account, and a search over the name, company and support code; sorted and paged.',
  })
  @ApiOkResponse({ type: OperatorSubscriptionListResponseDto })
  @invalid
  listOperatorSubscriptions(@Query() query: ListOperatorSubscriptionsQueryDto): Promise<OperatorSubscriptionListResponseDto> {
    return this.listing.list(query);
  }

  @Post()
  @ApiOperation({
    summary: 'Create a subscription or a trial',
    description:
      'Issues the primary license key, answered here in clear for the customer. With `accountId` the subscription belongs to that account at once; without, the customer registers it with the key.',
  })
  @ApiCreatedResponse({ type: CreateSubscriptionResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED, INVALID_PERIOD' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'PRODUCT_NOT_FOUND, ACCOUNT_NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: 'TRIAL_LIMIT_EXCEEDED (details: maxQuantity, maxDays)' })
  createSubscription(@CurrentUser() operator: AuthenticatedUser, @Body() body: CreateSubscriptionRequestDto): Promise<CreateSubscriptionResponseDto> {
    return this.subscriptions.create(operator.id, body);
  }

  @Get(':subscriptionId')
  @subscriptionDoc
  @ApiOperation({ summary: 'A subscription with its account, order history and keys in full' })
  @ApiOkResponse({ type: OperatorSubscriptionResponseDto })
  @notFound
  getOperatorSubscription(@Param('subscriptionId', subscriptionIdParam()) subscriptionId: string): Promise<OperatorSubscriptionResponseDto> {
    return this.subscriptions.get(subscriptionId);
  }

  @Patch(':subscriptionId')
  @subscriptionDoc
  @ApiOperation({ summary: 'Change the renewal flag, name or contract details' })
  @ApiOkResponse({ type: OperatorSubscriptionResponseDto })
  @invalid
  @notFound
  updateOperatorSubscription(@Param('subscriptionId', subscriptionIdParam()) subscriptionId: string, @Body() body: UpdateSubscriptionRequestDto): Promise<OperatorSubscriptionResponseDto> {
    return this.subscriptions.update(subscriptionId, body);
  }

  @Post(':subscriptionId/upgrade')
  @HttpCode(HttpStatus.OK)
  @subscriptionDoc
  @ApiOperation({ summary: 'Add licenses', description: 'The primary key\'s quota grows by the same number. Appends an `upgrade` order.' })
  @ApiOkResponse({ type: OperatorSubscriptionResponseDto })
  @invalid
  @notFound
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'SUBSCRIPTION_CANCELLED' })
  upgradeSubscription(
    @CurrentUser() operator: AuthenticatedUser,
    @Param('subscriptionId', subscriptionIdParam()) subscriptionId: string,
    @Body() body: UpgradeSubscriptionRequestDto,
  ): Promise<OperatorSubscriptionResponseDto> {
    return this.subscriptions.upgrade(operator.id, subscriptionId, body);
  }

  @Post(':subscriptionId/renew')
  @HttpCode(HttpStatus.OK)
  @subscriptionDoc
  @ApiOperation({
    summary: 'Extend the end date',
    description: 'Sublicenses that renew with the subscription follow; those with their own expiry keep it. Appends a `renewal` order.',
  })
  @ApiOkResponse({ type: OperatorSubscriptionResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED, RENEWAL_NOT_LATER (details: currentEndsOn)' })
  @notFound
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'SUBSCRIPTION_CANCELLED' })
  renewSubscription(
    @CurrentUser() operator: AuthenticatedUser,
    @Param('subscriptionId', subscriptionIdParam()) subscriptionId: string,
    @Body() body: RenewSubscriptionRequestDto,
  ): Promise<OperatorSubscriptionResponseDto> {
    return this.subscriptions.renew(operator.id, subscriptionId, body);
  }

  @Post(':subscriptionId/suspend')
  @HttpCode(HttpStatus.OK)
  @subscriptionDoc
  @ApiOperation({ summary: 'Suspend an active subscription', description: 'Appends a `suspension` order.' })
  @ApiOkResponse({ type: OperatorSubscriptionResponseDto })
  @invalid
  @notFound
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'INVALID_STATUS_TRANSITION (details: status, to)' })
  suspendSubscription(
    @CurrentUser() operator: AuthenticatedUser,
    @Param('subscriptionId', subscriptionIdParam()) subscriptionId: string,
    @Body() body: OrderReferenceRequestDto,
  ): Promise<OperatorSubscriptionResponseDto> {
    return this.subscriptions.changeStatus(operator.id, subscriptionId, 'suspension', body?.reference);
  }

  @Post(':subscriptionId/reactivate')
  @HttpCode(HttpStatus.OK)
  @subscriptionDoc
  @ApiOperation({ summary: 'Reactivate a suspended subscription', description: 'Appends a `reactivation` order.' })
  @ApiOkResponse({ type: OperatorSubscriptionResponseDto })
  @invalid
  @notFound
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'INVALID_STATUS_TRANSITION (details: status, to)' })
  reactivateSubscription(
    @CurrentUser() operator: AuthenticatedUser,
    @Param('subscriptionId', subscriptionIdParam()) subscriptionId: string,
    @Body() body: OrderReferenceRequestDto,
  ): Promise<OperatorSubscriptionResponseDto> {
    return this.subscriptions.changeStatus(operator.id, subscriptionId, 'reactivation', body?.reference);
  }

  @Post(':subscriptionId/cancel')
  @HttpCode(HttpStatus.OK)
  @subscriptionDoc
  @ApiOperation({ summary: 'Cancel a subscription (final)', description: 'Appends a `cancellation` order.' })
  @ApiOkResponse({ type: OperatorSubscriptionResponseDto })
  @invalid
  @notFound
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'INVALID_STATUS_TRANSITION (details: status, to)' })
  cancelSubscription(
    @CurrentUser() operator: AuthenticatedUser,
    @Param('subscriptionId', subscriptionIdParam()) subscriptionId: string,
    @Body() body: OrderReferenceRequestDto,
  ): Promise<OperatorSubscriptionResponseDto> {
    return this.subscriptions.changeStatus(operator.id, subscriptionId, 'cancellation', body?.reference);
  }
}
