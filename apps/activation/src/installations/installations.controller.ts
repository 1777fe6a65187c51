import type { Readable } from 'node:stream';
import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AccountAccess, CurrentAccount, CurrentUser, ErrorResponseDto, idParam, utcToday, type AccountContext, type AuthenticatedUser } from '#common';
import { ActivationErrorCode } from '../activation.errors.js';
import {
  DeactivateInstallationsRequestDto,
  DeactivateInstallationsResponseDto,
  ExportInstallationsQueryDto,
  ExportInstallationsRequestDto,
  InstallationDetailsQueryDto,
  InstallationDetailsResponseDto,
  InstallationGeneralDto,
  InstallationListResponseDto,
  InstallationSummaryResponseDto,
  ListInstallationsQueryDto,
  UpdateNotesRequestDto,
} from './installations.dto.js';
import { InstallationsService } from './installations.service.js';
import type { Selection } from './installations.query.js';

const installationIdParam = idParam(ActivationErrorCode.INSTALLATION_NOT_FOUND, 'Proxy server not found');

const NOT_FOUND = 'ACCOUNT_NOT_FOUND; INSTALLATION_NOT_FOUND (also for a server of another account)';
const installationParam = ApiParam({ name: 'installationId', format: 'uuid' });
const csvResponse = ApiOkResponse({
  description: 'CSV (UTF-8 with BOM, CRLF), streamed; cells starting with = + - @ tab or CR are prefixed with \' against formula injection',
  content: { 'text/csv': { schema: { type: 'string', example: '\uFEFFId,Status,Server Name\r\n0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10,active,sccm-proxy-01\r\n' } } },
});

function csvFile(stream: Readable): StreamableFile {
  const date = utcToday();
  return new StreamableFile(stream, { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="proxy-servers-${date}.csv"` });
}

@ApiTags('proxy servers')
@Controller('accounts/:accountId/installations')
export class InstallationsController {
  constructor(private readonly installations: InstallationsService) {}

  @Get()
  @AccountAccess('member')
  @ApiOperation({ summary: 'Proxy servers of the account: search, filter, sort, page, columns' })
  @ApiOkResponse({ type: InstallationListResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED (unknown column, sort or filter)' })
  list(@CurrentAccount() account: AccountContext, @Query() query: ListInstallationsQueryDto): Promise<InstallationListResponseDto> {
    return this.installations.list(account.accountId, query);
  }

  @Get('summary')
  @AccountAccess('member')
  @ApiOperation({ summary: 'Dashboard counts: registered proxy servers, used licenses, expiring, expired, deactivated' })
  @ApiOkResponse({ type: InstallationSummaryResponseDto })
  summary(@CurrentAccount() account: AccountContext): Promise<InstallationSummaryResponseDto> {
    return this.installations.summary(account.accountId);
  }

  @Get('export')
  @AccountAccess('member')
  @ApiOperation({ summary: 'Export the selected servers (or all matching search and filter) as CSV, in the list\'s sort order' })
  @csvResponse
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: NOT_FOUND })
  async exportCsv(@CurrentAccount() account: AccountContext, @Query() query: ExportInstallationsQueryDto): Promise<StreamableFile> {
    const selection: Selection = { accountId: account.accountId, search: query.search, filter: query.filter, ids: query.ids };
    await this.installations.assertSelectable(account.accountId, query.ids);
    return csvFile(this.installations.export(selection, query.columns, query.sort, query.order));
  }

  @Post('export')
  @HttpCode(HttpStatus.OK)
  @AccountAccess('member')
  @ApiOperation({ summary: 'Export a large selection as CSV (ids in the body)' })
  @csvResponse
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: NOT_FOUND })
  async exportSelection(@CurrentAccount() account: AccountContext, @Body() body: ExportInstallationsRequestDto): Promise<StreamableFile> {
    const selection: Selection = { accountId: account.accountId, search: body.search, filter: body.filter, ids: body.installationIds };
    await this.installations.assertSelectable(account.accountId, body.installationIds);
    return csvFile(this.installations.export(selection, body.columns, body.sort, body.order));
  }

  @Post('deactivate')
  @HttpCode(HttpStatus.OK)
  @AccountAccess('admin')
  @ApiOperation({
    summary: 'Deactivate several proxy servers',
    description: 'All or nothing: an id of another account (or unknown) fails the whole request with 404. The admins are emailed; proxies learn it at their next refresh.',
  })
  @ApiOkResponse({ type: DeactivateInstallationsResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: `${NOT_FOUND} (details.missing lists them)` })
  deactivateMany(
    @CurrentAccount() account: AccountContext,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: DeactivateInstallationsRequestDto,
  ): Promise<DeactivateInstallationsResponseDto> {
    return this.installations.deactivate(account.accountId, body.installationIds, user.id);
  }

  @Get(':installationId')
  @AccountAccess('member')
  @installationParam
  @ApiOperation({ summary: 'Details of a proxy server: general information and its usage series' })
  @ApiOkResponse({ type: InstallationDetailsResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: NOT_FOUND })
  details(
    @CurrentAccount() account: AccountContext,
    @Param('installationId', installationIdParam) installationId: string,
    @Query() query: InstallationDetailsQueryDto,
  ): Promise<InstallationDetailsResponseDto> {
    return this.installations.details(account.accountId, installationId, query.usageLimit);
  }

  @Patch(':installationId/notes')
  @AccountAccess('admin')
  @installationParam
  @ApiOperation({ summary: 'Edit the notes of a proxy server' })
  @ApiOkResponse({ type: InstallationGeneralDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: NOT_FOUND })
  updateNotes(
    @CurrentAccount() account: AccountContext,
    @Param('installationId', installationIdParam) installationId: string,
    @Body() body: UpdateNotesRequestDto,
  ): Promise<InstallationGeneralDto> {
    return this.installations.updateNotes(account.accountId, installationId, body.notes);
  }

  @Post(':installationId/deactivate')
  @HttpCode(HttpStatus.OK)
  @AccountAccess('admin')
  @installationParam
  @ApiOperation({ summary: 'Deactivate one proxy server', description: 'The admins are emailed; the proxy learns it at its next refresh.' })
  @ApiOkResponse({ type: DeactivateInstallationsResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: NOT_FOUND })
  deactivateOne(
    @CurrentAccount() account: AccountContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('installationId', installationIdParam) installationId: string,
  ): Promise<DeactivateInstallationsResponseDto> {
    return this.installations.deactivate(account.accountId, [installationId], user.id);
  }
}
