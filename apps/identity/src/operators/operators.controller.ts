import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ErrorResponseDto, idParam, OperatorAuth, CommonErrorCode } from '#common';
import { IdentityErrorCode } from '../common/identity-errors.js';
import {
  OperatorAccountDetailsDto,
  OperatorAccountListResponseDto,
  OperatorAccountSearchQueryDto,
  OperatorUserDetailsDto,
  OperatorUserListResponseDto,
  OperatorUserSearchQueryDto,
} from './operators.dto.js';
import { OperatorsService } from './operators.service.js';

@ApiTags('operator')
@Controller('operator')
@OperatorAuth()
export class OperatorsController {
  constructor(private readonly operators: OperatorsService) {}

  @Get('users')
  @ApiOperation({ summary: 'Find users (operators)', description: 'By part of the email or name; paged.' })
  @ApiOkResponse({ type: OperatorUserListResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  searchUsers(@Query() query: OperatorUserSearchQueryDto): Promise<OperatorUserListResponseDto> {
    return this.operators.searchUsers(query);
  }

  @Get('users/:userId')
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiOperation({ summary: 'A user and the business accounts they belong to (operators)' })
  @ApiOkResponse({ type: OperatorUserDetailsDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'USER_NOT_FOUND' })
  getUserForOperator(@Param('userId', idParam(IdentityErrorCode.USER_NOT_FOUND, 'User not found')) userId: string): Promise<OperatorUserDetailsDto> {
    return this.operators.user(userId);
  }

  @Get('accounts')
  @ApiOperation({ summary: 'Find business accounts (operators)', description: 'By company name, support code or a member\'s email; paged.' })
  @ApiOkResponse({ type: OperatorAccountListResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  searchAccounts(@Query() query: OperatorAccountSearchQueryDto): Promise<OperatorAccountListResponseDto> {
    return this.operators.searchAccounts(query);
  }

  @Get('accounts/:accountId')
  @ApiParam({ name: 'accountId', format: 'uuid' })
  @ApiOperation({ summary: 'A business account and its members (operators)' })
  @ApiOkResponse({ type: OperatorAccountDetailsDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'ACCOUNT_NOT_FOUND' })
  getAccountForOperator(
    @Param('accountId', idParam(CommonErrorCode.ACCOUNT_NOT_FOUND, 'Business account not found')) accountId: string,
  ): Promise<OperatorAccountDetailsDto> {
    return this.operators.account(accountId);
  }
}
