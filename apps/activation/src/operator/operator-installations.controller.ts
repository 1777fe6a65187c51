import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ErrorResponseDto, OperatorAuth } from '#common';
import { InstallationListResponseDto, ListInstallationsQueryDto } from '../installations/installations.dto.js';
import { InstallationsService } from '../installations/installations.service.js';

/** The back office's read of an account's proxy servers: the customers' list, without the membership check. */
@ApiTags('operator: proxy servers')
@Controller('operator/accounts/:accountId/installations')
@OperatorAuth()
export class OperatorInstallationsController {
  constructor(private readonly installations: InstallationsService) {}

  @Get()
  @ApiParam({ name: 'accountId', format: 'uuid' })
  @ApiOperation({
    summary: 'Proxy servers of any business account (operators)',
    description: 'The same search, display filter, sort, paging and columns as the customers\' list of the account.',
  })
  @ApiOkResponse({ type: InstallationListResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED (unknown column, sort or filter)' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'ACCOUNT_NOT_FOUND' })
  listAccountInstallationsForOperator(@Param('accountId') accountId: string, @Query() query: ListInstallationsQueryDto): Promise<InstallationListResponseDto> {
    return this.installations.listForOperator(accountId, query);
  }
}
