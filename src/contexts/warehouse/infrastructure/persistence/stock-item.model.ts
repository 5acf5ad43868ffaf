import { VersionedModel } from '@promenade/persistence';
import { Column, Entity, Index, Unique } from 'typeorm';

/** Quantities are numeric(15,3): exact thousandths, which the pg driver hands back as strings ("12.500"). */
@Entity({ schema: 'warehouse', name: 'stock_items' })
@Unique('UQ_stock_items_sku_warehouse', ['sku', 'warehouseCode'])
export class StockItemModel extends VersionedModel {
  @Column('varchar', { length: 64 })
  sku!: string;

  @Index('IDX_stock_items_warehouse_code')
  @Column('varchar', { name: 'warehouse_code', length: 16 })
  warehouseCode!: string;

  @Column('varchar', { length: 4 })
  unit!: string;

  @Column('numeric', { name: 'on_hand', precision: 15, scale: 3 })
  onHand!: string;

  @Column('numeric', { precision: 15, scale: 3 })
  reserved!: string;

  @Column('numeric', { name: 'reorder_point', precision: 15, scale: 3, nullable: true })
  reorderPoint!: string | null;
}
