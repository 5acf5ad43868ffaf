import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface OrderPlacedContractPayload {
  orderId: string;
  customerId: string;
  currency: string;
  lines: Array<{ sku: string; quantity: number; unitPrice: number }>;
  /** In minor units of `currency`. */
  total: number;
}

/**
 * An order was placed: its lines are final and it awaits fulfilment.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class OrderPlacedContract extends DomainEvent<OrderPlacedContractPayload> {
  static readonly eventName = 'ordering.order-placed';
  static readonly eventVersion = 1;

  constructor(payload: OrderPlacedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.orderId, payload, metadata);
  }
}
