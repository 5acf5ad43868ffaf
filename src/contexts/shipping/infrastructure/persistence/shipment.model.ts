import { VersionedModel } from '@promenade/persistence';
import { Column, Entity, Index } from 'typeorm';

@Entity({ schema: 'shipping', name: 'shipments' })
export class ShipmentModel extends VersionedModel {
  /** One shipment per order: the last guard of the idempotent OrderPlaced reaction. */
  @Index({ unique: true })
  @Column('uuid', { name: 'order_id' })
  orderId!: string;

  @Index()
  @Column('varchar', { length: 16 })
  status!: string;

  @Column('varchar', { length: 100, nullable: true })
  carrier!: string | null;

  @Column('varchar', { name: 'tracking_number', length: 100, nullable: true })
  trackingNumber!: string | null;

  @Column('timestamptz', { name: 'released_at', nullable: true })
  releasedAt!: Date | null;

  @Column('timestamptz', { name: 'shipped_at', nullable: true })
  shippedAt!: Date | null;

  @Column('timestamptz', { name: 'delivered_at', nullable: true })
  deliveredAt!: Date | null;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;
}
