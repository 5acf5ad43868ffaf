import { VersionedModel } from '@promenade/persistence';
import { Column, Entity, Index } from 'typeorm';

export interface OrderLineRow {
  sku: string;
  quantity: number;
  unitPrice: number;
}

/** A timeline entry as JSON: `at` is an ISO time. */
export interface OrderTimelineRow {
  at: string;
  type: string;
  detail: string | null;
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

  /** Billing's payment method; null while a draft (and for orders placed before payment methods were asked). */
  @Column('uuid', { name: 'payment_method_id', nullable: true })
  paymentMethodId!: string | null;

  @Column('varchar', { name: 'payment_state', length: 16 })
  paymentState!: string;

  /** Both set once shipped, or neither (a CHECK keeps them together). */
  @Column('text', { name: 'shipment_carrier', nullable: true })
  shipmentCarrier!: string | null;

  @Column('text', { name: 'shipment_tracking_number', nullable: true })
  shipmentTrackingNumber!: string | null;

  @Column('timestamptz', { name: 'placed_at', nullable: true })
  placedAt!: Date | null;

  @Column('timestamptz', { name: 'confirmed_at', nullable: true })
  confirmedAt!: Date | null;

  @Column('timestamptz', { name: 'shipped_at', nullable: true })
  shippedAt!: Date | null;

  @Column('timestamptz', { name: 'delivered_at', nullable: true })
  deliveredAt!: Date | null;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;

  /** Part of the aggregate like the lines, a handful of entries, read only with its order: one JSON column. */
  @Column('jsonb')
  timeline!: OrderTimelineRow[];
}
