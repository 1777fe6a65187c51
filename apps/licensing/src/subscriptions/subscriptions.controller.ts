import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiExtraModels, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AccountAccess, CurrentAccount, ErrorResponseDto, type AccountContext } from '#common';
import { InstallationRefResponseDto, LicenseKeyListResponseDto, SubscriptionDetailsResponseDto } from '../shared/subscription.dto.js';
import { subscriptionIdParam } from '../shared/id-params.js';
import { LicenseKeyListQueryDto, ListSubscriptionsQueryDto, RenameSubscriptionRequestDto, SubscriptionListResponseDto } from './subscriptions.dto.js';
import { SubscriptionsService } from './subscriptions.service.js';

const notFound = ApiNotFoundResponse({
  type: ErrorResponseDto,
  description: 'ACCOUNT_NOT_FOUND, SUBSCRIPTION_NOT_FOUND (also for another account\'s subscription)',
});
const subscriptionParam = ApiParam({ name: 'subscriptionId', format: 'uuid' });

@ApiTags('subscriptions')
@Controller('accounts/:accountId/subscriptions')
@ApiExtraModels(InstallationRefResponseDto)
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Get()
  @AccountAccess('member')
  @ApiOperation({ summary: 'List the account\'s subscriptions', description: 'Filter by status, sort by end date, search by name.' })
  @ApiOkResponse({ type: SubscriptionListResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  listSubscriptions(@CurrentAccount() account: AccountContext, @Query() query: ListSubscriptionsQueryDto): Promise<SubscriptionListResponseDto> {
    return this.subscriptions.list(account.accountId, query);
  }

  @Get(':subscriptionId')
  @AccountAccess('member')
  @subscriptionParam
  @ApiOperation({ summary: 'Subscription details', description: 'Status, renewal, dates, product and quantity, order history, contract details.' })
  @ApiOkResponse({ type: SubscriptionDetailsResponseDto })
  @notFound
  getSubscription(@CurrentAccount() account: AccountContext, @Param('subscriptionId', subscriptionIdParam()) subscriptionId: string): Promise<SubscriptionDetailsResponseDto> {
    return this.subscriptions.details(account.accountId, subscriptionId);
  }

  @Patch(':subscriptionId')
  @AccountAccess('admin')
  @subscriptionParam
  @ApiOperation({ summary: 'Rename a subscription (its display name)' })
  @ApiOkResponse({ type: SubscriptionDetailsResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  @notFound
  renameSubscription(
    @CurrentAccount() account: AccountContext,
    @Param('subscriptionId', subscriptionIdParam()) subscriptionId: string,
    @Body() body: RenameSubscriptionRequestDto,
  ): Promise<SubscriptionDetailsResponseDto> {
    return this.subscriptions.rename(account.accountId, subscriptionId, body.name);
  }

  @Get(':subscriptionId/license-keys')
  @AccountAccess('member')
  @subscriptionParam
  @ApiOperation({
    summary: 'License keys of a subscription',
    description: 'The primary key and the sublicenses with quota, used, vacant, expiry and the installation using each. Keys in full for admins, masked for members.',
  })
  @ApiOkResponse({ type: LicenseKeyListResponseDto })
  @notFound
  listLicenseKeys(
    @CurrentAccount() account: AccountContext,
    @Param('subscriptionId', subscriptionIdParam()) subscriptionId: string,
    @Query() query: LicenseKeyListQueryDto,
  ): Promise<LicenseKeyListResponseDto> {
    return this.subscriptions.licenseKeys(account.accountId, subscriptionId, account.role === 'admin', query);
  }
}
