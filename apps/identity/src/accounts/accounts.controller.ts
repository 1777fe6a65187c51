import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountAccess, CurrentAccount, CurrentUser, ErrorResponseDto, PageQueryDto, UserAuth, type AccountContext, type AuthenticatedUser } from '#common';
import { AccountListResponseDto, AccountResponseDto, CreateAccountRequestDto, UpdateAccountRequestDto } from './accounts.dto.js';
import { AccountsService } from './accounts.service.js';

@ApiTags('accounts')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Post()
  @UserAuth()
  @ApiOperation({ summary: 'Create a business account', description: 'The caller becomes its first administrator; a support code is assigned.' })
  @ApiCreatedResponse({ type: AccountResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED (unknown country, state missing for the US, ...)' })
  createAccount(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateAccountRequestDto): Promise<AccountResponseDto> {
    return this.accounts.create(user.id, body);
  }

  @Get()
  @UserAuth()
  @ApiOperation({ summary: 'The business accounts I belong to (account selector)', description: 'With my role and status in each.' })
  @ApiOkResponse({ type: AccountListResponseDto })
  listMyAccounts(@CurrentUser() user: AuthenticatedUser, @Query() query: PageQueryDto): Promise<AccountListResponseDto> {
    return this.accounts.pageMine(user.id, query);
  }

  @Get(':accountId')
  @AccountAccess('member')
  @ApiOperation({ summary: 'Business profile', description: 'Company details, support code, my membership and the account admins.' })
  @ApiOkResponse({ type: AccountResponseDto })
  getAccount(@CurrentUser() user: AuthenticatedUser, @CurrentAccount() account: AccountContext): Promise<AccountResponseDto> {
    return this.accounts.view(account.accountId, user.id);
  }

  @Patch(':accountId')
  @AccountAccess('admin')
  @ApiOperation({ summary: 'Edit the business profile', description: 'Only the fields given change.' })
  @ApiOkResponse({ type: AccountResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  updateAccount(
    @CurrentUser() user: AuthenticatedUser,
    @CurrentAccount() account: AccountContext,
    @Body() body: UpdateAccountRequestDto,
  ): Promise<AccountResponseDto> {
    return this.accounts.update(account.accountId, user.id, body);
  }
}
