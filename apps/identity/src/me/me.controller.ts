import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, ErrorResponseDto, idParam, PageQueryDto, UserAuth, type AuthenticatedUser } from '#common';
import { UserResponseDto } from '../auth/auth.dto.js';
import { ApiRateLimited } from '../common/api-docs.js';
import { IdentityErrorCode } from '../common/identity-errors.js';
import { Client, type ClientInfo } from '../common/client-info.js';
import { SessionService } from '../sessions/session.service.js';
import { RevokedSessionsResponseDto, SessionListResponseDto } from '../sessions/sessions.dto.js';
import { ChangePasswordRequestDto, UpdateProfileRequestDto } from './me.dto.js';
import { MeService } from './me.service.js';
import { PersonalOverviewResponseDto } from './overview.dto.js';
import { PersonalOverviewService } from './overview.service.js';

const userNotFound = ApiNotFoundResponse({ type: ErrorResponseDto, description: 'USER_NOT_FOUND (the user was deleted)' });

@ApiTags('me')
@Controller('me')
@UserAuth()
export class MeController {
  constructor(
    private readonly me: MeService,
    private readonly sessions: SessionService,
    private readonly personal: PersonalOverviewService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'My personal profile' })
  @ApiOkResponse({ type: UserResponseDto })
  @userNotFound
  getMyProfile(@CurrentUser() user: AuthenticatedUser): Promise<UserResponseDto> {
    return this.me.profile(user.id);
  }

  @Get('overview')
  @ApiOperation({
    summary: 'My personal account (the account switcher\'s "Personal" entry)',
    description:
      'What the personal account shows: my profile, the business accounts I belong to, pending invitations to my address, and where to register a license key (and into which accounts).',
  })
  @ApiOkResponse({ type: PersonalOverviewResponseDto })
  @userNotFound
  getMyOverview(@CurrentUser() user: AuthenticatedUser): Promise<PersonalOverviewResponseDto> {
    return this.personal.overview(user.id);
  }

  @Patch()
  @ApiOperation({ summary: 'Edit my names' })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  @userNotFound
  updateMyProfile(@CurrentUser() user: AuthenticatedUser, @Body() body: UpdateProfileRequestDto): Promise<UserResponseDto> {
    return this.me.update(user.id, body);
  }

  @Post('password')
  @ApiOperation({ summary: 'Change my password', description: 'Needs the current password; signs out every other session.' })
  @ApiOkResponse({ type: RevokedSessionsResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED (password policy), CURRENT_PASSWORD_INCORRECT' })
  @ApiRateLimited('wrong current passwords count like failed sign-ins')
  @userNotFound
  @HttpCode(HttpStatus.OK)
  async changeMyPassword(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: ChangePasswordRequestDto,
    @Client() client: ClientInfo,
  ): Promise<RevokedSessionsResponseDto> {
    return { revoked: await this.me.changePassword(user.id, user.sessionId, body, client) };
  }

  @Get('sessions')
  @ApiOperation({ summary: 'My sessions (security settings)', description: 'Sessions that can still be used, most recently used first.' })
  @ApiOkResponse({ type: SessionListResponseDto })
  listMySessions(@CurrentUser() user: AuthenticatedUser, @Query() query: PageQueryDto): Promise<SessionListResponseDto> {
    return this.sessions.list(user.id, user.sessionId, query);
  }

  @Delete('sessions/others')
  @ApiOperation({ summary: 'Sign out every session but this one' })
  @ApiOkResponse({ type: RevokedSessionsResponseDto })
  async revokeMyOtherSessions(@CurrentUser() user: AuthenticatedUser): Promise<RevokedSessionsResponseDto> {
    return { revoked: await this.sessions.revokeAll(user.id, 'revoked', user.sessionId) };
  }

  @Delete('sessions')
  @ApiOperation({ summary: 'Sign out every session, this one included' })
  @ApiOkResponse({ type: RevokedSessionsResponseDto })
  async revokeAllMySessions(@CurrentUser() user: AuthenticatedUser): Promise<RevokedSessionsResponseDto> {
    return { revoked: await this.sessions.revokeAll(user.id, 'revoked') };
  }

  @Delete('sessions/:sessionId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out one of my sessions' })
  @ApiNoContentResponse({ description: 'Signed out (also when it already was)' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'SESSION_NOT_FOUND (also for another user\'s session, or an id that is not a UUID)' })
  async revokeMySession(@CurrentUser() user: AuthenticatedUser, @Param('sessionId', idParam(IdentityErrorCode.SESSION_NOT_FOUND, 'Session not found')) sessionId: string): Promise<void> {
    await this.sessions.revokeOne(user.id, sessionId, 'revoked');
  }
}
