import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, isUniqueViolation, isUuid, pageOf, pageResult, pageSlice, type PageQueryDto } from '#common';
import { BusinessAccountEntity, DownloadEntity, ProductEntity, ProductSupportContactEntity } from '#database';
import { LicensingErrorCode } from '../licensing.errors.js';
import type { ProductResponseDto } from '../shared/subscription.dto.js';
import { toProductResponse } from '../shared/subscription.mapper.js';
import { ProductsRepository } from './products.repository.js';
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

/** Newest first: 7.10.0 before 7.9.2. */
export function compareVersionsDesc(a: string, b: string): number {
  return b.localeCompare(a, 'en', { numeric: true, sensitivity: 'base' });
}

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

function sortDownloads(items: DownloadEntity[]): DownloadEntity[] {
  return [...items].sort((a, b) => compareVersionsDesc(a.version, b.version) || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}

/** Products, the downloads catalogue and the support contacts: written by operators, read by customers. */
@Injectable()
export class CatalogueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly products: ProductsRepository,
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
    const repo = this.dataSource.getRepository(DownloadEntity);
    // The version filter runs in SQL; the order (numeric version parts) and the page on what it found.
    const [items, versions] = await Promise.all([
      repo.findBy(query.version === undefined ? { productId } : { productId, version: query.version }),
      repo
        .createQueryBuilder('d')
        .select('DISTINCT d.version', 'version')
        .where('d.productId = :productId', { productId })
        .getRawMany<{ version: string }>(),
    ]);
    return {
      ...pageSlice(pageOf(query), sortDownloads(items).map(toDownloadResponse)),
      versions: versions.map((v) => v.version).sort(compareVersionsDesc),
    };
  }

  async createDownload(productId: string, input: CreateDownloadRequestDto): Promise<DownloadResponseDto> {
    await this.product(productId);
    const repo = this.dataSource.getRepository(DownloadEntity);
    return toDownloadResponse(await repo.save(repo.create({ productId, ...input })));
  }

  async updateDownload(downloadId: string, input: UpdateDownloadRequestDto): Promise<DownloadResponseDto> {
    const repo = this.dataSource.getRepository(DownloadEntity);
    const download = isUuid(downloadId) ? await repo.findOneBy({ id: downloadId }) : null;
    if (!download) throw downloadNotFound();
    return toDownloadResponse(await repo.save(repo.merge(download, input)));
  }

  async deleteDownload(downloadId: string): Promise<void> {
    const result = isUuid(downloadId) ? await this.dataSource.getRepository(DownloadEntity).delete({ id: downloadId }) : { affected: 0 };
    if (!result.affected) throw downloadNotFound();
  }

  async getSupportContact(productId: string): Promise<SupportContactResponseDto> {
    const product = await this.product(productId);
    const contact = await this.dataSource.getRepository(ProductSupportContactEntity).findOneBy({ productId });
    return toSupportResponse(product, contact);
  }

  async setSupportContact(operatorId: string, productId: string, input: SupportContactRequestDto): Promise<SupportContactResponseDto> {
    const product = await this.product(productId);
    const repo = this.dataSource.getRepository(ProductSupportContactEntity);
    await repo.upsert(
      {
        productId,
        email: input.email ?? null,
        phone: input.phone ?? null,
        url: input.url ?? null,
        hours: input.hours ?? null,
        updatedBy: operatorId,
      },
      ['productId'],
    );
    return toSupportResponse(product, await repo.findOneBy({ productId }));
  }

  /** The downloads of one product version, for an account that holds a subscription of the product. */
  async accountDownloads(accountId: string, productId: string, query: DownloadsQueryDto): Promise<ProductDownloadsResponseDto> {
    const product = await this.accountProduct(accountId, productId);
    const all = sortDownloads(await this.dataSource.getRepository(DownloadEntity).findBy({ productId }));
    const versions = [...new Set(all.map((d) => d.version))];
    const selected = query.version ?? versions[0] ?? null;
    return {
      ...pageSlice(
        pageOf(query),
        all.filter((d) => d.version === selected).map(toDownloadResponse),
      ),
      product: toProductResponse(product),
      versions,
      version: selected,
    };
  }

  async accountSupport(accountId: string): Promise<AccountSupportResponseDto> {
    const account = await this.dataSource.getRepository(BusinessAccountEntity).findOneByOrFail({ id: accountId });
    const products = await this.accountProducts(accountId);
    const contacts = await this.dataSource.getRepository(ProductSupportContactEntity).find();
    return {
      accountId,
      supportCode: account.supportCode,
      products: products.map((p) => toSupportResponse(p, contacts.find((c) => c.productId === p.id) ?? null)),
    };
  }

  /** Products the account holds a subscription of (any status). */
  accountProducts(accountId: string): Promise<ProductEntity[]> {
    return this.dataSource
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .where('EXISTS (SELECT 1 FROM subscriptions s WHERE s.product_id = p.id AND s.account_id = :accountId)', { accountId })
      .orderBy('p.name', 'ASC')
      .getMany();
  }

  private async accountProduct(accountId: string, productId: string): Promise<ProductEntity> {
    const product = isUuid(productId) ? (await this.accountProducts(accountId)).find((p) => p.id === productId) : undefined;
    if (!product) throw productNotFound();
    return product;
  }

  private async product(productId: string): Promise<ProductEntity> {
    const product = isUuid(productId) ? await this.products.find(productId) : null;
    if (!product) throw productNotFound();
    return product;
  }
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
