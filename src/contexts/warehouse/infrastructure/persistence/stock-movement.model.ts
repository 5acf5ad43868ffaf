import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A ledger row: inserted with its stock item's save, never updated or deleted (a trigger refuses both). */
@Entity({ schema: 'warehouse', name: 'stock_movements' })
export class StockMovementModel {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'stock_item_id' })
  stockItemId!: string;

  @Column('varchar', { length: 64 })
  sku!: string;

  @Column('varchar', { name: 'warehouse_code', length: 16 })
  warehouseCode!: string;

  @Column('varchar', { length: 16 })
  type!: string;

  /** Signed: positive in, negative out. */
  @Column('numeric', { precision: 15, scale: 3 })
  quantity!: string;

  @Column('numeric', { name: 'resulting_on_hand', precision: 15, scale: 3 })
  resultingOnHand!: string;

  @Column('varchar', { length: 100 })
  actor!: string;

  @Column('varchar', { length: 16, nullable: true })
  reason!: string | null;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('varchar', { length: 100, nullable: true })
  reference!: string | null;

  @Column('uuid', { name: 'transfer_id', nullable: true })
  transferId!: string | null;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;
}
