import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface OrderPlacedPayload {
  orderId: string;
  customerId: string;
  currency: string;
  lines: Array<{ sku: string; quantity: number; unitPrice: number }>;
  /** In minor units of `currency`. */
  total: number;
  /** Billing's payment method the customer chose; charged once the stock is reserved and the order invoiced. */
  paymentMethodId: string;
}

/**
 * An order was placed: its lines are final and it awaits fulfilment.
 * Published as OrderPlacedContract (application/publications/publish-order-placed.ts); never sent itself.
 */
export class OrderPlaced extends DomainEvent<OrderPlacedPayload> {
  static readonly eventName = 'ordering.order-placed';
  static readonly eventVersion = 2;

  constructor(payload: OrderPlacedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.orderId, payload, metadata);
  }
}
