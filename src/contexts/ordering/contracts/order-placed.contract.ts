import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface OrderPlacedContractPayload {
  orderId: string;
  customerId: string;
  currency: string;
  lines: Array<{ sku: string; quantity: number; unitPrice: number }>;
  /** In minor units of `currency`. */
  total: number;
  /** Billing's payment method the customer chose, to be charged for the order (v2). */
  paymentMethodId: string;
}

/**
 * An order was placed: its lines are final and it awaits fulfilment. `customerId` is the Identity user who owns it.
 * v2 added `paymentMethodId` (v1's shape stays in schemas/ordering.order-placed.v1.json).
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class OrderPlacedContract extends DomainEvent<OrderPlacedContractPayload> {
  static readonly eventName = 'ordering.order-placed';
  static readonly eventVersion = 2;

  constructor(payload: OrderPlacedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.orderId, payload, metadata);
  }
}
