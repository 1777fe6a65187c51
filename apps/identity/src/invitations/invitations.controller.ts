import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { AccountAccess, CurrentAccount, CurrentUser, ErrorResponseDto, idParam, type AccountContext, type AuthenticatedUser } from '#common';
import { IdentityErrorCode } from '../common/identity-errors.js';
import {
  CreateInvitationsRequestDto,
  CreateInvitationsResponseDto,
  InvitationListQueryDto,
  InvitationListResponseDto,
  InvitationResponseDto,
} from './invitations.dto.js';
import { InvitationsService } from './invitations.service.js';

const invitationParam = () => idParam(IdentityErrorCode.INVITATION_NOT_FOUND, 'Invitation not found');
const invitationDoc = ApiParam({ name: 'invitationId', format: 'uuid' });
const invitationNotFound = ApiNotFoundResponse({
  type: ErrorResponseDto,
  description: 'ACCOUNT_NOT_FOUND, INVITATION_NOT_FOUND (also for an invitation of another account)',
});

@ApiTags('invitations')
@Controller('accounts/:accountId/invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @AccountAccess('admin')
  @ApiOperation({
    summary: 'Invite users by email (several at once)',
    description:
      'Each address gets a result: invited (an email with a single-use link `/invitations/accept?token=...` was sent; it expires after 7 days), already_member, already_invited or invalid.',
  })
  @ApiOkResponse({ type: CreateInvitationsResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED (no addresses, more than 50)' })
  async inviteUsers(
    @CurrentAccount() account: AccountContext,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateInvitationsRequestDto,
  ): Promise<CreateInvitationsResponseDto> {
    return { results: await this.invitations.invite(account.accountId, user.id, body.emails) };
  }

  @Get()
  @AccountAccess('member')
  @ApiOperation({ summary: 'Invitations of the account', description: 'Newest first; filter by status (e.g. pending).' })
  @ApiOkResponse({ type: InvitationListResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  listInvitations(@CurrentAccount() account: AccountContext, @Query() query: InvitationListQueryDto): Promise<InvitationListResponseDto> {
    return this.invitations.list(account.accountId, query);
  }

  @Post(':invitationId/resend')
  @HttpCode(HttpStatus.OK)
  @AccountAccess('admin')
  @invitationDoc
  @ApiOperation({ summary: 'Resend an invitation', description: 'A new link with a new expiry is emailed; the previous link stops working.' })
  @ApiOkResponse({ type: InvitationResponseDto })
  @invitationNotFound
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'INVITATION_NOT_PENDING (accepted or revoked)' })
  resendInvitation(
    @CurrentAccount() account: AccountContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('invitationId', invitationParam()) invitationId: string,
  ): Promise<InvitationResponseDto> {
    return this.invitations.resend(account.accountId, invitationId, user.id);
  }

  @Delete(':invitationId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @AccountAccess('admin')
  @invitationDoc
  @ApiOperation({ summary: 'Revoke an invitation', description: 'Its link stops working.' })
  @ApiNoContentResponse({ description: 'Revoked' })
  @invitationNotFound
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'INVITATION_NOT_PENDING (already accepted)' })
  async revokeInvitation(@CurrentAccount() account: AccountContext, @Param('invitationId', invitationParam()) invitationId: string): Promise<void> {
    await this.invitations.revoke(account.accountId, invitationId);
  }
}
