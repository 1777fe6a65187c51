import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiExtraModels, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentUser, ErrorResponseDto, OperatorAuth, type AuthenticatedUser } from '#common';
import {
  KeyLookupRequestDto,
  KeyLookupResponseDto,
  OfflineOperationsResponseDto,
  SetOfflineOperationsRequestDto,
} from './operator-accounts.dto.js';
import { OperatorAccountsService } from './operator-accounts.service.js';
import { AccountRefResponseDto } from './operator-subscriptions.dto.js';
import { InstallationRefResponseDto } from '../shared/subscription.dto.js';
import { accountIdParam } from '../shared/id-params.js';

@ApiTags('operator: accounts and look-ups')
@Controller('operator')
@OperatorAuth()
@ApiExtraModels(InstallationRefResponseDto, AccountRefResponseDto)
export class OperatorAccountsController {
  constructor(private readonly accounts: OperatorAccountsService) {}

  @Get('accounts/:accountId/offline-operations')
  @ApiParam({ name: 'accountId', format: 'uuid' })
  @ApiOperation({
    summary: 'Whether offline operations are on for an account',
    description: 'The account itself (company, support code, members) is identity\'s `GET /operator/accounts/{accountId}`; its subscriptions are `GET /operator/subscriptions?accountId=`.',
  })
  @ApiOkResponse({ type: OfflineOperationsResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'ACCOUNT_NOT_FOUND' })
  getOfflineOperations(@Param('accountId', accountIdParam()) accountId: string): Promise<OfflineOperationsResponseDto> {
    return this.accounts.getOfflineOperations(accountId);
  }

  @Put('accounts/:accountId/offline-operations')
  @ApiParam({ name: 'accountId', format: 'uuid' })
  @ApiOperation({
    summary: 'Turn offline operations on or off for an account',
    description: 'Off by default. Turning it on emails the account\'s admins; setting the current value again changes nothing.',
  })
  @ApiOkResponse({ type: OfflineOperationsResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'ACCOUNT_NOT_FOUND' })
  setOfflineOperations(
    @CurrentUser() operator: AuthenticatedUser,
    @Param('accountId', accountIdParam()) accountId: string,
    @Body() body: SetOfflineOperationsRequestDto,
  ): Promise<OfflineOperationsResponseDto> {
    return this.accounts.setOfflineOperations(operator.id, accountId, body.enabled);
  }

  @Post('lookup/license-key')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Find the subscription of a license key',
    description: 'Primary or sublicense key. A POST so that the key never appears in a URL or an access log.',
  })
  @ApiOkResponse({ type: KeyLookupResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED, LICENSE_KEY_MALFORMED, LICENSE_KEY_MISTYPED' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'LICENSE_KEY_NOT_FOUND' })
  lookupLicenseKey(@Body() body: KeyLookupRequestDto): Promise<KeyLookupResponseDto> {
    return this.accounts.lookupKey(body.key);
  }
}
