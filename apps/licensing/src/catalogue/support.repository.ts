import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AccountScope } from '#common';
import { BusinessAccountEntity, ProductSupportContactEntity } from '#database';

/** A product's support contact details, as an operator sets them (null clears one). */
export type SupportContactFields = Pick<ProductSupportContactEntity, 'email' | 'phone' | 'url' | 'hours'>;

/**
 * How customers reach support: the products' contacts (written by operators, shown to the accounts
 * holding the product) and the support code an account quotes.
 */
@Injectable()
export class SupportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  contact(productId: string): Promise<ProductSupportContactEntity | null> {
    return this.dataSource.getRepository(ProductSupportContactEntity).findOneBy({ productId });
  }

  /** Every product's contacts (a short list: one row at most per product). */
  contacts(): Promise<ProductSupportContactEntity[]> {
    return this.dataSource.getRepository(ProductSupportContactEntity).find();
  }

  /** Replaces the product's contacts and answers them as stored. */
  async setContact(productId: string, fields: SupportContactFields, updatedBy: string): Promise<ProductSupportContactEntity> {
    const repo = this.dataSource.getRepository(ProductSupportContactEntity);
    await repo.upsert({ productId, ...fields, updatedBy }, ['productId']);
    return repo.findOneByOrFail({ productId });
  }

  /** The code the account quotes when it contacts support. */
  async supportCode(scope: AccountScope): Promise<string> {
    const account = await this.dataSource.getRepository(BusinessAccountEntity).findOneOrFail({ select: { id: true, supportCode: true }, where: { id: scope } });
    return account.supportCode;
  }
}
