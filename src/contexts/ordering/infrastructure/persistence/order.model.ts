import { VersionedModel } from '@promenade/persistence';
import { Column, Entity, Index } from 'typeorm';

export interface OrderLineRow {
  sku: string;
  quantity: number;
  unitPrice: number;
}

@Entity({ schema: 'ordering', name: 'orders' })
export class OrderModel extends VersionedModel {
  @Index()
  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('char', { length: 3 })
  currency!: string;

  @Index()
  @Column('varchar', { length: 16 })
  status!: string;

  /** Lines are part of the aggregate, always read and written with it: one JSON column. */
  @Column('jsonb')
  lines!: OrderLineRow[];

  /** Minor units; derived from the lines, stored for listings and reports. */
  @Column('bigint', { name: 'total_amount' })
  totalAmount!: string;

  @Column('text', { name: 'cancellation_reason', nullable: true })
  cancellationReason!: string | null;

  @Column('timestamptz', { name: 'placed_at', nullable: true })
  placedAt!: Date | null;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;
}
