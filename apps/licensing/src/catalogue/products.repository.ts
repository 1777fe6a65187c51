import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { AccountScope, PageRequest } from '#common';
import { ProductEntity } from '#database';

/** The products catalogue: written by operators; an account sees the products it holds a subscription of. */
@Injectable()
export class ProductsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page of every product, by name. */
  async page(page: PageRequest): Promise<{ rows: ProductEntity[]; total: number }> {
    const [rows, total] = await this.dataSource.getRepository(ProductEntity).findAndCount({
      order: { name: 'ASC', id: 'ASC' },
      take: page.pageSize,
      skip: page.offset,
    });
    return { rows, total };
  }

  find(productId: string): Promise<ProductEntity | null> {
    return this.dataSource.getRepository(ProductEntity).findOneBy({ id: productId });
  }

  findByCode(code: string, db: EntityManager = this.dataSource.manager): Promise<ProductEntity | null> {
    return db.findOneBy(ProductEntity, { code });
  }

  /** Fails on a taken code (a unique violation, for the caller to answer). */
  insert(product: Pick<ProductEntity, 'code' | 'name'>): Promise<ProductEntity> {
    const repo = this.dataSource.getRepository(ProductEntity);
    return repo.save(repo.create(product));
  }

  /** Products the account holds a subscription of (any status), by name. */
  forAccount(scope: AccountScope): Promise<ProductEntity[]> {
    return this.heldBy(scope).orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC').getMany();
  }

  /** The product if the account holds a subscription of it (any status), else null. */
  findForAccount(scope: AccountScope, productId: string): Promise<ProductEntity | null> {
    return this.heldBy(scope).andWhere('p.id = :productId', { productId }).getOne();
  }

  private heldBy(scope: AccountScope): SelectQueryBuilder<ProductEntity> {
    return this.dataSource
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .where('EXISTS (SELECT 1 FROM subscriptions s WHERE s.product_id = p.id AND s.account_id = :accountId)', { accountId: scope });
  }
}
