import { Body, Controller, Delete, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiExtraModels,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AccountAccess, CurrentAccount, CurrentUser, ErrorResponseDto, type AccountContext, type AuthenticatedUser } from '#common';
import { InstallationRefResponseDto, LicenseKeyResponseDto } from '../shared/subscription.dto.js';
import { sublicenseIdParam, subscriptionIdParam } from '../shared/id-params.js';
import { CreateSublicenseRequestDto, UpdateSublicenseRequestDto } from './sublicenses.dto.js';
import { SublicensesService } from './sublicenses.service.js';

const badRequest = ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED, EXPIRY_REQUIRED, EXPIRY_WITH_RENEWAL' });
const unprocessable = ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: 'EXPIRY_AFTER_SUBSCRIPTION (details: subscriptionEndsOn), EXPIRY_IN_PAST' });

@ApiTags('sublicenses')
@Controller('accounts/:accountId/subscriptions/:subscriptionId/sublicenses')
@ApiParam({ name: 'subscriptionId', format: 'uuid' })
@ApiExtraModels(InstallationRefResponseDto)
export class SublicensesController {
  constructor(private readonly sublicenses: SublicensesService) {}

  @Post()
  @AccountAccess('admin')
  @ApiOperation({
    summary: 'Create a sublicense',
    description: 'Takes its quota from the primary key\'s vacant licenses; the key is answered in full. Only on an active subscription.',
  })
  @ApiCreatedResponse({ type: LicenseKeyResponseDto })
  @badRequest
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'ACCOUNT_NOT_FOUND, SUBSCRIPTION_NOT_FOUND' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'QUOTA_EXCEEDED (details: needed, vacant), SUBSCRIPTION_NOT_ACTIVE (details: status)' })
  @unprocessable
  createSublicense(
    @CurrentAccount() account: AccountContext,
    @Param('subscriptionId', subscriptionIdParam()) subscriptionId: string,
    @Body() body: CreateSublicenseRequestDto,
  ): Promise<LicenseKeyResponseDto> {
    return this.sublicenses.create(account.accountId, subscriptionId, body);
  }

  @Patch(':keyId')
  @AccountAccess('admin')
  @ApiParam({ name: 'keyId', format: 'uuid' })
  @ApiOperation({ summary: 'Modify a sublicense', description: 'Name, quota, renew-with-subscription, expiry. Only on an active subscription.' })
  @ApiOkResponse({ type: LicenseKeyResponseDto })
  @badRequest
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'ACCOUNT_NOT_FOUND, SUBSCRIPTION_NOT_FOUND, SUBLICENSE_NOT_FOUND' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'QUOTA_EXCEEDED (details: needed, vacant), QUOTA_BELOW_USAGE (details: used), SUBSCRIPTION_NOT_ACTIVE (details: status)' })
  @unprocessable
  updateSublicense(
    @CurrentAccount() account: AccountContext,
    @Param('subscriptionId', subscriptionIdParam()) subscriptionId: string,
    @Param('keyId', sublicenseIdParam()) keyId: string,
    @Body() body: UpdateSublicenseRequestDto,
  ): Promise<LicenseKeyResponseDto> {
    return this.sublicenses.update(account.accountId, subscriptionId, keyId, body);
  }

  @Delete(':keyId')
  @AccountAccess('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiParam({ name: 'keyId', format: 'uuid' })
  @ApiOperation({
    summary: 'Delete a sublicense',
    description: 'Deactivates the installation using it (its admins are emailed) and returns its quota to the primary key.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'ACCOUNT_NOT_FOUND, SUBSCRIPTION_NOT_FOUND, SUBLICENSE_NOT_FOUND' })
  deleteSublicense(
    @CurrentAccount() account: AccountContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('subscriptionId', subscriptionIdParam()) subscriptionId: string,
    @Param('keyId', sublicenseIdParam()) keyId: string,
  ): Promise<void> {
    return this.sublicenses.remove(account.accountId, subscriptionId, keyId, user.id);
  }
}
