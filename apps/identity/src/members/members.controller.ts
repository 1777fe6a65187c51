import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AccountAccess, CurrentAccount, CurrentUser, ErrorResponseDto, idParam, type AccountContext, type AuthenticatedUser } from '#common';
import { IdentityErrorCode } from '../common/identity-errors.js';
import { MemberListQueryDto, MemberListResponseDto, MemberResponseDto, UpdateMemberRequestDto } from './members.dto.js';
import { MembersService } from './members.service.js';

const memberParam = () => idParam(IdentityErrorCode.MEMBER_NOT_FOUND, 'Member not found');
const memberDoc = ApiParam({ name: 'memberId', format: 'uuid', description: 'Member id (from the members list)' });
const memberNotFound = ApiNotFoundResponse({
  type: ErrorResponseDto,
  description: 'ACCOUNT_NOT_FOUND, MEMBER_NOT_FOUND (also for a member of another account)',
});
const lastAdmin = ApiConflictResponse({ type: ErrorResponseDto, description: 'LAST_ADMIN: the account must keep an active administrator' });

@ApiTags('members')
@Controller('accounts/:accountId')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get('members')
  @AccountAccess('member')
  @ApiOperation({ summary: 'Business account users', description: 'Search, filter by role and status, sort and page.' })
  @ApiOkResponse({ type: MemberListResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  listMembers(@CurrentAccount() account: AccountContext, @Query() query: MemberListQueryDto): Promise<MemberListResponseDto> {
    return this.members.list(account.accountId, query);
  }

  @Get('members/:memberId')
  @AccountAccess('member')
  @memberDoc
  @ApiOperation({ summary: 'Member details' })
  @ApiOkResponse({ type: MemberResponseDto })
  @memberNotFound
  getMember(@CurrentAccount() account: AccountContext, @Param('memberId', memberParam()) memberId: string): Promise<MemberResponseDto> {
    return this.members.get(account.accountId, memberId);
  }

  @Patch('members/:memberId')
  @AccountAccess('admin')
  @memberDoc
  @ApiOperation({ summary: 'Change a member\'s role (promote / demote) or notes', description: 'Takes effect on the member\'s next request.' })
  @ApiOkResponse({ type: MemberResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  @memberNotFound
  @lastAdmin
  updateMember(
    @CurrentAccount() account: AccountContext,
    @Param('memberId', memberParam()) memberId: string,
    @Body() body: UpdateMemberRequestDto,
  ): Promise<MemberResponseDto> {
    return this.members.update(account.accountId, memberId, body);
  }

  @Post('members/:memberId/block')
  @HttpCode(HttpStatus.OK)
  @AccountAccess('admin')
  @memberDoc
  @ApiOperation({ summary: 'Block a member', description: 'They keep their membership but get nothing of the account; they are emailed.' })
  @ApiOkResponse({ type: MemberResponseDto })
  @memberNotFound
  @lastAdmin
  blockMember(
    @CurrentAccount() account: AccountContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('memberId', memberParam()) memberId: string,
  ): Promise<MemberResponseDto> {
    return this.members.block(account.accountId, memberId, user.id);
  }

  @Post('members/:memberId/unblock')
  @HttpCode(HttpStatus.OK)
  @AccountAccess('admin')
  @memberDoc
  @ApiOperation({ summary: 'Unblock a member', description: 'They are emailed.' })
  @ApiOkResponse({ type: MemberResponseDto })
  @memberNotFound
  unblockMember(
    @CurrentAccount() account: AccountContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('memberId', memberParam()) memberId: string,
  ): Promise<MemberResponseDto> {
    return this.members.unblock(account.accountId, memberId, user.id);
  }

  @Delete('members/:memberId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @AccountAccess('admin')
  @memberDoc
  @ApiOperation({ summary: 'Remove a member', description: 'They are emailed, and can be invited again later.' })
  @ApiNoContentResponse({ description: 'Removed' })
  @memberNotFound
  @lastAdmin
  async removeMember(
    @CurrentAccount() account: AccountContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('memberId', memberParam()) memberId: string,
  ): Promise<void> {
    await this.members.remove(account.accountId, memberId, user.id);
  }

  @Post('leave')
  @HttpCode(HttpStatus.NO_CONTENT)
  @AccountAccess('member')
  @ApiOperation({ summary: 'Leave this business account' })
  @ApiNoContentResponse({ description: 'Left' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'LAST_ADMIN: appoint another administrator before leaving' })
  async leaveAccount(@CurrentAccount() account: AccountContext): Promise<void> {
    await this.members.leave(account.accountId, account.membershipId);
  }
}
