import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { ProductEntity } from './product.entity.js';

/** How customers reach support for a product; one row per product, set by operators. Owned by licensing. */
@Entity('product_support_contacts')
export class ProductSupportContactEntity {
  @PrimaryColumn('uuid')
  productId: string;

  @OneToOne(() => ProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: Relation<ProductEntity>;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  /** The support web page (contact form, knowledge base). */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  url: string | null;

  /** Opening hours, free text (e.g. `24/7`). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  hours: string | null;

  /** The operator who last changed the details. */
  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
