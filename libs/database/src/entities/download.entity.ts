import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { ProductEntity } from './product.entity.js';

export const DOWNLOAD_KINDS = ['installer', 'document', 'tool'] as const;
export type DownloadKind = (typeof DOWNLOAD_KINDS)[number];

/** Postgres bigint arrives as a string; sizes stay far below 2^53. */
const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * One entry of the downloads catalogue: an installer, document or tool of one product version.
 * Managed by operators, listed to customers who hold a subscription of the product. Owned by licensing.
 */
@Entity('downloads')
@Index('idx_downloads_product_version', ['productId', 'version'])
export class DownloadEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: Relation<ProductEntity>;

  /** The product version the item belongs to, e.g. `7.2.1`. */
  @Column({ type: 'varchar', length: 50 })
  version: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: DownloadKind;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  sizeBytes: number;

  /** SHA-256 of the file, lowercase hex. */
  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
