import { DomainEvent, EventMetadata } from '@promenade/ddd';

/** Amounts are Money's JSON: integer minor units and the currency code; times are ISO instants, dueDate a calendar day. */
export interface InvoiceVoidedPayload {
  invoiceId: string;
  number: string;
  customerId: string;
  currency: string;
  total: { amount: number; currency: string };
  voidedAt: string;
}

/** An issued invoice nothing was paid on was voided: it is owed no more. */
export class InvoiceVoided extends DomainEvent<InvoiceVoidedPayload> {
  static readonly eventName = 'billing.invoice-voided';
  static readonly eventVersion = 1;

  constructor(payload: InvoiceVoidedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.invoiceId, payload, metadata);
  }
}
