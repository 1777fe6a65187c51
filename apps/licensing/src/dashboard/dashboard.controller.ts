import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountAccess, CurrentAccount, type AccountContext } from '#common';
import { DashboardResponseDto } from './dashboard.dto.js';
import { DashboardService } from './dashboard.service.js';

@ApiTags('dashboard')
@Controller('accounts/:accountId/dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @AccountAccess('member')
  @ApiOperation({
    summary: 'The dashboard: one card per product',
    description: 'Licensed computers, active subscriptions, registered proxy servers, offline operations, and links to subscriptions, downloads and support.',
  })
  @ApiOkResponse({ type: DashboardResponseDto })
  getDashboard(@CurrentAccount() account: AccountContext): Promise<DashboardResponseDto> {
    return this.dashboard.dashboard(account.accountId);
  }
}
