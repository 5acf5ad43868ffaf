import { DomainEvent, EventMetadata } from '@promenade/ddd';

/** Amounts are Money's JSON: integer minor units and the currency code; times are ISO instants, dueDate a calendar day. */
export interface InvoicePaidPayload {
  invoiceId: string;
  number: string;
  customerId: string;
  currency: string;
  total: { amount: number; currency: string };
  amountPaid: { amount: number; currency: string };
  paidAt: string;
}

/** An invoice was paid in full (by one payment or the last of several). */
export class InvoicePaid extends DomainEvent<InvoicePaidPayload> {
  static readonly eventName = 'billing.invoice-paid';
  static readonly eventVersion = 1;

  constructor(payload: InvoicePaidPayload, metadata?: Partial<EventMetadata>) {
    super(payload.invoiceId, payload, metadata);
  }
}
