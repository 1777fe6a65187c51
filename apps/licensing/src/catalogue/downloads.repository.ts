import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PageRequest } from '#common';
import { DownloadEntity } from '#database';

/** A download's own facts, as an operator sets them. */
export type DownloadFields = Pick<DownloadEntity, 'version' | 'name' | 'kind' | 'sizeBytes' | 'sha256' | 'url'>;

/** Newest version first (numeric parts: 7.10.0 before 7.9.2, by the `version_order` collation), then kind and name. */
const VERSION_DESC = `d.version COLLATE "version_order"`;

/** The downloads catalogue: written by operators, listed per product version. */
@Injectable()
export class DownloadsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page of a product's downloads, of one version or of every one, newest version first, then kind and name. */
  async page(productId: string, version: string | undefined, page: PageRequest): Promise<{ rows: DownloadEntity[]; total: number }> {
    const qb = this.dataSource.getRepository(DownloadEntity).createQueryBuilder('d').where('d.productId = :productId', { productId });
    if (version !== undefined) qb.andWhere('d.version = :version', { version });
    qb.orderBy(VERSION_DESC, 'DESC').addOrderBy('d.kind', 'ASC').addOrderBy('d.name', 'ASC').addOrderBy('d.id', 'ASC');
    qb.take(page.pageSize).skip(page.offset);
    const [rows, total] = await qb.getManyAndCount();
    return { rows, total };
  }

  /** Every version the product has downloads of, newest first. */
  async versions(productId: string): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(DownloadEntity)
      .createQueryBuilder('d')
      .select('d.version', 'version')
      .where('d.productId = :productId', { productId })
      .groupBy('d.version')
      .orderBy(VERSION_DESC, 'DESC')
      .getRawMany<{ version: string }>();
    return rows.map((r) => r.version);
  }

  insert(productId: string, fields: DownloadFields): Promise<DownloadEntity> {
    const repo = this.dataSource.getRepository(DownloadEntity);
    return repo.save(repo.create({ productId, ...fields }));
  }

  /** The download with the changes applied, or null when there is none with this id. */
  async update(id: string, changes: Partial<DownloadFields>): Promise<DownloadEntity | null> {
    const repo = this.dataSource.getRepository(DownloadEntity);
    const download = await repo.findOneBy({ id });
    return download && repo.save(repo.merge(download, changes));
  }

  /** False when there was none with this id. */
  async delete(id: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(DownloadEntity).delete({ id });
    return (result.affected ?? 0) > 0;
  }
}
