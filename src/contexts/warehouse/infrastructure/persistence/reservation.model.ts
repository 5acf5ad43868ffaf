import { VersionedModel } from '@promenade/persistence';
import { Column, Entity, Index } from 'typeorm';

/** Quantities in these rows are numbers in the product's unit, at most 3 decimals (read back as exact thousandths). */
export interface ReservationLineRow {
  sku: string;
  quantity: number;
}

export interface AllocationRow {
  sku: string;
  warehouseCode: string;
  quantity: number;
}

export interface ShortageRow {
  sku: string;
  requested: number;
  available: number;
  /** 'insufficient' | 'unknown' | 'discontinued'; rows failed before reasons existed were given 'insufficient'. */
  reason: string;
}

@Entity({ schema: 'warehouse', name: 'reservations' })
export class ReservationModel extends VersionedModel {
  /** One reservation per order: the last guard of the idempotent ReserveStock. */
  @Index('reservations_order_id_unique', { unique: true })
  @Column('uuid', { name: 'order_id' })
  orderId!: string;

  @Index('reservations_status')
  @Column('varchar', { length: 16 })
  status!: string;

  /** Lines, allocations and shortages are part of the aggregate, always read and written whole with it: JSON columns. */
  @Column('jsonb')
  lines!: ReservationLineRow[];

  @Column('jsonb')
  allocations!: AllocationRow[];

  @Column('jsonb')
  shortages!: ShortageRow[];

  @Column('timestamptz', { name: 'expires_at', nullable: true })
  expiresAt!: Date | null;

  @Column('timestamptz', { name: 'confirmed_at', nullable: true })
  confirmedAt!: Date | null;
}
