import { VersionedModel } from '@promenade/persistence';
import { Column, Entity } from 'typeorm';

@Entity({ schema: 'warehouse', name: 'products' })
export class ProductModel extends VersionedModel {
  /** Upper-case; unique over every row, deleted ones included (products_sku_unique). */
  @Column('varchar', { length: 64 })
  sku!: string;

  @Column('varchar', { length: 200 })
  name!: string;

  @Column('varchar', { length: 2000, nullable: true })
  description!: string | null;

  @Column('varchar', { length: 8 })
  unit!: string;

  /** A GTIN-8/12/13/14. */
  @Column('varchar', { length: 14, nullable: true })
  barcode!: string | null;

  @Column('varchar', { length: 16 })
  status!: string;

  @Column('timestamptz', { name: 'deleted_at', nullable: true })
  deletedAt!: Date | null;
}
