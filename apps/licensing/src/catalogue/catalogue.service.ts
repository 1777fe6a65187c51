import { Injectable } from '@nestjs/common';
import { DomainError, isUniqueViolation, pageOf, pageResult, type AccountScope, type PageQueryDto } from '#common';
import type { DownloadEntity, ProductEntity, ProductSupportContactEntity } from '#database';
import { LicensingErrorCode } from '../licensing.errors.js';
import type { ProductResponseDto } from '../shared/subscription.dto.js';
import { toProductResponse } from '../shared/subscription.mapper.js';
import { DownloadsRepository } from './downloads.repository.js';
import { ProductsRepository } from './products.repository.js';
import { SupportRepository } from './support.repository.js';
import type {
  AccountSupportResponseDto,
  CreateDownloadRequestDto,
  CreateProductRequestDto,
  DownloadListResponseDto,
  DownloadsQueryDto,
  DownloadResponseDto,
  OperatorDownloadsQueryDto,
  ProductDownloadsResponseDto,
  ProductListResponseDto,
  SupportContactRequestDto,
  SupportContactResponseDto,
  UpdateDownloadRequestDto,
} from './catalogue.dto.js';

const productNotFound = () => new DomainError(LicensingErrorCode.PRODUCT_NOT_FOUND, 'Product not found');
const downloadNotFound = () => new DomainError(LicensingErrorCode.DOWNLOAD_NOT_FOUND, 'Download not found');

function toDownloadResponse(d: DownloadEntity): DownloadResponseDto {
  return {
    id: d.id,
    productId: d.productId,
    version: d.version,
    name: d.name,
    kind: d.kind,
    sizeBytes: d.sizeBytes,
    sha256: d.sha256,
    url: d.url,
    updatedAt: d.updatedAt.toISOString(),
  };
}

function toSupportResponse(product: ProductEntity, contact: ProductSupportContactEntity | null): SupportContactResponseDto {
  return {
    product: toProductResponse(product),
    email: contact?.email ?? null,
    phone: contact?.phone ?? null,
    url: contact?.url ?? null,
    hours: contact?.hours ?? null,
  };
}

/** Products, the downloads catalogue and the support contacts: written by operators, read by customers. */
@Injectable()
export class CatalogueService {
  constructor(
    private readonly products: ProductsRepository,
    private readonly downloads: DownloadsRepository,
    private readonly support: SupportRepository,
  ) {}

  /** One page of the products, by name. */
  async listProducts(query: PageQueryDto): Promise<ProductListResponseDto> {
    const page = pageOf(query);
    const { rows, total } = await this.products.page(page);
    return pageResult(page, rows.map(toProductResponse), total);
  }

  async createProduct(input: CreateProductRequestDto): Promise<ProductResponseDto> {
    try {
      return toProductResponse(await this.products.insert({ code: input.code, name: input.name }));
    } catch (err) {
      if (isUniqueViolation(err)) {
        throw new DomainError(LicensingErrorCode.PRODUCT_CODE_TAKEN, 'A product with this code exists');
      }
      throw err;
    }
  }

  /** The operator's catalogue, one version (or every one) a page at a time, with the versions for the selector. */
  async listDownloads(productId: string, query: OperatorDownloadsQueryDto): Promise<DownloadListResponseDto> {
    await this.product(productId);
    const page = pageOf(query);
    const [{ rows, total }, versions] = await Promise.all([this.downloads.page(productId, query.version, page), this.downloads.versions(productId)]);
    return { ...pageResult(page, rows.map(toDownloadResponse), total), versions };
  }

  async createDownload(productId: string, input: CreateDownloadRequestDto): Promise<DownloadResponseDto> {
    await this.product(productId);
    return toDownloadResponse(await this.downloads.insert(productId, input));
  }

  async updateDownload(downloadId: string, input: UpdateDownloadRequestDto): Promise<DownloadResponseDto> {
    const download = await this.downloads.update(downloadId, input);
    if (!download) throw downloadNotFound();
    return toDownloadResponse(download);
  }

  async deleteDownload(downloadId: string): Promise<void> {
    if (!(await this.downloads.delete(downloadId))) throw downloadNotFound();
  }

  async getSupportContact(productId: string): Promise<SupportContactResponseDto> {
    const product = await this.product(productId);
    return toSupportResponse(product, await this.support.contact(productId));
  }

  async setSupportContact(operatorId: string, productId: string, input: SupportContactRequestDto): Promise<SupportContactResponseDto> {
    const product = await this.product(productId);
    const contact = await this.support.setContact(
      productId,
      { email: input.email ?? null, phone: input.phone ?? null, url: input.url ?? null, hours: input.hours ?? null },
      operatorId,
    );
    return toSupportResponse(product, contact);
  }

  /** The downloads of one product version (default: the newest), for an account that holds a subscription of the product. */
  async accountDownloads(scope: AccountScope, productId: string, query: DownloadsQueryDto): Promise<ProductDownloadsResponseDto> {
    const product = await this.products.findForAccount(scope, productId);
    if (!product) throw productNotFound();
    const page = pageOf(query);
    const versions = await this.downloads.versions(productId);
    const version = query.version ?? versions[0] ?? null;
    const { rows, total } = version === null ? { rows: [], total: 0 } : await this.downloads.page(productId, version, page);
    return { ...pageResult(page, rows.map(toDownloadResponse), total), product: toProductResponse(product), versions, version };
  }

  async accountSupport(scope: AccountScope): Promise<AccountSupportResponseDto> {
    const [supportCode, products, contacts] = await Promise.all([this.support.supportCode(scope), this.products.forAccount(scope), this.support.contacts()]);
    return {
      accountId: scope,
      supportCode,
      products: products.map((p) => toSupportResponse(p, contacts.find((c) => c.productId === p.id) ?? null)),
    };
  }

  private async product(productId: string): Promise<ProductEntity> {
    const product = await this.products.find(productId);
    if (!product) throw productNotFound();
    return product;
  }
}
