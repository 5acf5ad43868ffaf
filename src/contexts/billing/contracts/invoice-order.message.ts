import { CommandMessage, EventMetadata } from '@promenade/ddd';

export interface InvoiceOrderMessagePayload {
  orderId: string;
  /** An Identity user id: Billing's customer. */
  customerId: string;
  currency: string;
  /** `unitPrice` in minor units of `currency`; invoiced without tax, as the order priced them. */
  lines: Array<{ sku: string; quantity: number; unitPrice: number }>;
}

/**
 * Accepted by Billing: invoice this order. Ends in one issued invoice per order (billing.invoice-issued, its
 * sourceReference `order:<orderId>`); a repeat does nothing more.
 * Its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class InvoiceOrderMessage extends CommandMessage<InvoiceOrderMessagePayload> {
  static readonly eventName = 'billing.invoice-order';
  static readonly eventVersion = 1;

  constructor(payload: InvoiceOrderMessagePayload, metadata?: Partial<EventMetadata>) {
    super(payload.orderId, payload, metadata);
  }
}
