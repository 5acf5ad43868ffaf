import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface OrderDeliveredContractPayload {
  orderId: string;
  /** The Identity user who owns the order. */
  customerId: string;
  currency: string;
  /** In minor units of `currency`. */
  total: number;
  /** ISO time. */
  deliveredAt: string;
}

/**
 * An order reached its customer: its life is over.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class OrderDeliveredContract extends DomainEvent<OrderDeliveredContractPayload> {
  static readonly eventName = 'ordering.order-delivered';
  static readonly eventVersion = 1;

  constructor(payload: OrderDeliveredContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.orderId, payload, metadata);
  }
}
