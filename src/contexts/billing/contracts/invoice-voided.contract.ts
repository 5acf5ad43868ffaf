import { DomainEvent, EventMetadata } from '@promenade/ddd';

/** Amounts are integer minor units with their currency code; times are ISO instants, dueDate a calendar day. */
export interface InvoiceVoidedContractPayload {
  invoiceId: string;
  number: string;
  customerId: string;
  currency: string;
  total: { amount: number; currency: string };
  voidedAt: string;
}

/**
 * An issued invoice nothing was paid on was voided: it is owed no more.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class InvoiceVoidedContract extends DomainEvent<InvoiceVoidedContractPayload> {
  static readonly eventName = 'billing.invoice-voided';
  static readonly eventVersion = 1;

  constructor(payload: InvoiceVoidedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.invoiceId, payload, metadata);
  }
}
