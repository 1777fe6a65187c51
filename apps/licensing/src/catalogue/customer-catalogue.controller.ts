import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AccountAccess, CurrentAccount, ErrorResponseDto, type AccountContext } from '#common';
import { AccountSupportResponseDto, DownloadsQueryDto, ProductDownloadsResponseDto } from './catalogue.dto.js';
import { productIdParam } from '../shared/id-params.js';
import { CatalogueService } from './catalogue.service.js';

@ApiTags('downloads and support')
@Controller('accounts/:accountId')
export class CustomerCatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Get('products/:productId/downloads')
  @AccountAccess('member')
  @ApiParam({ name: 'productId', format: 'uuid' })
  @ApiOperation({
    summary: 'Downloads of a product version',
    description: 'Installers, documents and tools, for a product the account holds a subscription of. Lists the versions for the selector.',
  })
  @ApiOkResponse({ type: ProductDownloadsResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'ACCOUNT_NOT_FOUND, PRODUCT_NOT_FOUND (also for a product the account has no subscription of)' })
  listProductDownloads(
    @CurrentAccount() account: AccountContext,
    @Param('productId', productIdParam()) productId: string,
    @Query() query: DownloadsQueryDto,
  ): Promise<ProductDownloadsResponseDto> {
    return this.catalogue.accountDownloads(account.accountId, productId, query);
  }

  @Get('support')
  @AccountAccess('member')
  @ApiOperation({ summary: 'Support contacts for the account\'s products, and its support code' })
  @ApiOkResponse({ type: AccountSupportResponseDto })
  getAccountSupport(@CurrentAccount() account: AccountContext): Promise<AccountSupportResponseDto> {
    return this.catalogue.accountSupport(account.accountId);
  }
}
