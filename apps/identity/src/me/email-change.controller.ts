import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, ErrorResponseDto, UserAuth, type AuthenticatedUser } from '#common';
import { ApiRateLimited } from '../common/api-docs.js';
import { Client, type ClientInfo } from '../common/client-info.js';
import {
  ConfirmEmailChangeRequestDto,
  EmailChangeConfirmedResponseDto,
  EmailChangeStatusResponseDto,
  PendingEmailChangeDto,
  RequestEmailChangeRequestDto,
} from './email-change.dto.js';
import { EmailChangeService } from './email-change.service.js';

const userNotFound = ApiNotFoundResponse({ type: ErrorResponseDto, description: 'USER_NOT_FOUND (the user was deleted)' });

/** Changing one's email (personal profile), confirmed from the new address. Tokens travel in POST bodies. */
@ApiTags('me')
@ApiExtraModels(PendingEmailChangeDto)
@Controller()
export class EmailChangeController {
  constructor(private readonly emailChange: EmailChangeService) {}

  @Get('me/email')
  @UserAuth()
  @ApiOperation({ summary: 'My email and the change waiting for confirmation, if any' })
  @ApiOkResponse({ type: EmailChangeStatusResponseDto })
  @userNotFound
  getMyEmailChange(@CurrentUser() user: AuthenticatedUser): Promise<EmailChangeStatusResponseDto> {
    return this.emailChange.status(user.id);
  }

  @Post('me/email')
  @UserAuth()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Change my email (sends a confirmation link to the new address)',
    description:
      'Needs the current password. The email changes only when the link sent to the new address is used (POST /email-change/confirm); until then the old address signs in. A newer request voids the earlier link. Once confirmed, the old address is told.',
  })
  @ApiAcceptedResponse({ type: EmailChangeStatusResponseDto, description: 'The link was sent; `pending` names the new address' })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED, CURRENT_PASSWORD_INCORRECT, EMAIL_UNCHANGED (already my email)' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'EMAIL_TAKEN (another account uses the new address)' })
  @ApiRateLimited('wrong current passwords count like failed sign-ins; requests per new address are limited like forgot-password')
  @userNotFound
  requestMyEmailChange(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: RequestEmailChangeRequestDto,
    @Client() client: ClientInfo,
  ): Promise<EmailChangeStatusResponseDto> {
    return this.emailChange.request(user.id, body, client);
  }

  @Delete('me/email')
  @UserAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Cancel my pending email change', description: 'The link sent to the new address stops working. Also answers 204 when nothing was pending.' })
  @ApiNoContentResponse({ description: 'Nothing is pending any more' })
  @userNotFound
  async cancelMyEmailChange(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.emailChange.cancel(user.id);
  }

  @Post('email-change/confirm')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Confirm a new email with the link sent to it',
    description: 'Needs no session (the link may be opened on another device). Makes the new address the sign-in email and tells the old address.',
  })
  @ApiOkResponse({ type: EmailChangeConfirmedResponseDto })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: 'VALIDATION_FAILED, EMAIL_CHANGE_TOKEN_INVALID (unknown, used or replaced by a newer request), EMAIL_CHANGE_TOKEN_EXPIRED',
  })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'EMAIL_TAKEN (someone signed up with the address meanwhile)' })
  async confirmEmailChange(@Body() body: ConfirmEmailChangeRequestDto): Promise<EmailChangeConfirmedResponseDto> {
    return { email: await this.emailChange.confirm(body.token) };
  }
}
