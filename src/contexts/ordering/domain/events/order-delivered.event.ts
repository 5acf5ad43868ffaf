import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface OrderDeliveredPayload {
  orderId: string;
  customerId: string;
  currency: string;
  /** In minor units of `currency`. */
  total: number;
  /** ISO time. */
  deliveredAt: string;
}

/**
 * An order reached its customer: its life is over.
 * Published as OrderDeliveredContract (application/publications/publish-order-delivered.ts); never sent itself.
 */
export class OrderDelivered extends DomainEvent<OrderDeliveredPayload> {
  static readonly eventName = 'ordering.order-delivered';
  static readonly eventVersion = 1;

  constructor(payload: OrderDeliveredPayload, metadata?: Partial<EventMetadata>) {
    super(payload.orderId, payload, metadata);
  }
}
