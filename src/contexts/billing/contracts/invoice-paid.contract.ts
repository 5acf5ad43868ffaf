import { DomainEvent, EventMetadata } from '@promenade/ddd';

/** Amounts are integer minor units with their currency code; times are ISO instants, dueDate a calendar day. */
export interface InvoicePaidContractPayload {
  invoiceId: string;
  number: string;
  customerId: string;
  currency: string;
  total: { amount: number; currency: string };
  amountPaid: { amount: number; currency: string };
  paidAt: string;
}

/**
 * An invoice was paid in full (by one payment or the last of several).
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class InvoicePaidContract extends DomainEvent<InvoicePaidContractPayload> {
  static readonly eventName = 'billing.invoice-paid';
  static readonly eventVersion = 1;

  constructor(payload: InvoicePaidContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.invoiceId, payload, metadata);
  }
}
