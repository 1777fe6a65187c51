import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ErrorResponseDto } from '#common';
import { ApiRateLimited } from '../common/api-docs.js';
import { Client, type ClientInfo } from '../common/client-info.js';
import { AcceptInvitationRequestDto, AcceptInvitationResponseDto, InvitationPreviewResponseDto, InvitationTokenRequestDto } from './invitations.dto.js';
import { InvitationAcceptanceService } from './invitation-acceptance.service.js';

const tokenProblems = 'INVITATION_INVALID (unknown or already used), INVITATION_REVOKED, INVITATION_EXPIRED';

/** The invitee's side. Tokens travel in POST bodies, never in paths (paths are logged). */
@ApiTags('invitations')
@Controller('invitations')
export class InvitationAcceptanceController {
  constructor(private readonly acceptance: InvitationAcceptanceService) {}

  @Post('lookup')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'What an invitation link is for', description: 'For the "Join account" page: the company, the invited address, and whether to ask for names.' })
  @ApiOkResponse({ type: InvitationPreviewResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: `VALIDATION_FAILED, ${tokenProblems}` })
  lookupInvitation(@Body() body: InvitationTokenRequestDto): Promise<InvitationPreviewResponseDto> {
    return this.acceptance.preview(body.token);
  }

  @Post('accept')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Join the business account',
    description:
      'An existing user confirms with their password; a new person gives first and last name, a password and accepts the terms, which creates their user. Joiners are members. Answers a signed-in session.',
  })
  @ApiOkResponse({ type: AcceptInvitationResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: `VALIDATION_FAILED (names, password policy, terms for a new person), ${tokenProblems}` })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'INVALID_CREDENTIALS (existing user, wrong password)' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'EMAIL_TAKEN (the address signed up meanwhile: join with its password)' })
  @ApiRateLimited('wrong passwords count like failed sign-ins')
  acceptInvitation(@Body() body: AcceptInvitationRequestDto, @Client() client: ClientInfo): Promise<AcceptInvitationResponseDto> {
    return this.acceptance.accept(body, client);
  }
}
