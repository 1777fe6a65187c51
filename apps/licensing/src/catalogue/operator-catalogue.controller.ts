import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, ErrorResponseDto, OperatorAuth, PageQueryDto, type AuthenticatedUser } from '#common';
import { downloadIdParam, productIdParam } from '../shared/id-params.js';
import { ProductResponseDto } from '../shared/subscription.dto.js';
import {
  CreateDownloadRequestDto,
  CreateProductRequestDto,
  DownloadListResponseDto,
  DownloadResponseDto,
  OperatorDownloadsQueryDto,
  ProductListResponseDto,
  SupportContactRequestDto,
  SupportContactResponseDto,
  UpdateDownloadRequestDto,
} from './catalogue.dto.js';
import { CatalogueService } from './catalogue.service.js';

const invalid = ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' });
const productNotFound = ApiNotFoundResponse({ type: ErrorResponseDto, description: 'PRODUCT_NOT_FOUND' });
const productParam = ApiParam({ name: 'productId', format: 'uuid' });
const downloadParam = ApiParam({ name: 'downloadId', format: 'uuid' });

@ApiTags('operator: products, downloads, support')
@Controller('operator')
@OperatorAuth()
export class OperatorCatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Get('products')
  @ApiOperation({ summary: 'List products' })
  @ApiOkResponse({ type: ProductListResponseDto })
  listProducts(@Query() query: PageQueryDto): Promise<ProductListResponseDto> {
    return this.catalogue.listProducts(query);
  }

  @Post('products')
  @ApiOperation({ summary: 'Add a product' })
  @ApiCreatedResponse({ type: ProductResponseDto })
  @invalid
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'PRODUCT_CODE_TAKEN' })
  createProduct(@Body() body: CreateProductRequestDto): Promise<ProductResponseDto> {
    return this.catalogue.createProduct(body);
  }

  @Get('products/:productId/downloads')
  @productParam
  @ApiOperation({ summary: 'The downloads catalogue of a product: every version, or the one asked, paged; and the versions it has' })
  @ApiOkResponse({ type: DownloadListResponseDto })
  @productNotFound
  listDownloads(@Param('productId', productIdParam()) productId: string, @Query() query: OperatorDownloadsQueryDto): Promise<DownloadListResponseDto> {
    return this.catalogue.listDownloads(productId, query);
  }

  @Post('products/:productId/downloads')
  @productParam
  @ApiOperation({ summary: 'Add a download (installer, document or tool) to a product version' })
  @ApiCreatedResponse({ type: DownloadResponseDto })
  @invalid
  @productNotFound
  createDownload(@Param('productId', productIdParam()) productId: string, @Body() body: CreateDownloadRequestDto): Promise<DownloadResponseDto> {
    return this.catalogue.createDownload(productId, body);
  }

  @Patch('downloads/:downloadId')
  @downloadParam
  @ApiOperation({ summary: 'Change a download' })
  @ApiOkResponse({ type: DownloadResponseDto })
  @invalid
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'DOWNLOAD_NOT_FOUND' })
  updateDownload(@Param('downloadId', downloadIdParam()) downloadId: string, @Body() body: UpdateDownloadRequestDto): Promise<DownloadResponseDto> {
    return this.catalogue.updateDownload(downloadId, body);
  }

  @Delete('downloads/:downloadId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @downloadParam
  @ApiOperation({ summary: 'Remove a download' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'DOWNLOAD_NOT_FOUND' })
  deleteDownload(@Param('downloadId', downloadIdParam()) downloadId: string): Promise<void> {
    return this.catalogue.deleteDownload(downloadId);
  }

  @Get('products/:productId/support')
  @productParam
  @ApiOperation({ summary: 'Support contact details of a product' })
  @ApiOkResponse({ type: SupportContactResponseDto })
  @productNotFound
  getSupportContact(@Param('productId', productIdParam()) productId: string): Promise<SupportContactResponseDto> {
    return this.catalogue.getSupportContact(productId);
  }

  @Put('products/:productId/support')
  @productParam
  @ApiOperation({ summary: 'Set the support contact details of a product', description: 'Replaces them: omitted fields are cleared.' })
  @ApiOkResponse({ type: SupportContactResponseDto })
  @invalid
  @productNotFound
  setSupportContact(
    @CurrentUser() operator: AuthenticatedUser,
    @Param('productId', productIdParam()) productId: string,
    @Body() body: SupportContactRequestDto,
  ): Promise<SupportContactResponseDto> {
    return this.catalogue.setSupportContact(operator.id, productId, body);
  }
}
