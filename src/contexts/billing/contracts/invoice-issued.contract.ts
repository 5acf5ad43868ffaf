import { DomainEvent, EventMetadata } from '@promenade/ddd';

/** Amounts are integer minor units with their currency code; times are ISO instants, dueDate a calendar day. */
export interface InvoiceIssuedContractPayload {
  invoiceId: string;
  number: string;
  customerId: string;
  currency: string;
  subtotal: { amount: number; currency: string };
  taxTotal: { amount: number; currency: string };
  total: { amount: number; currency: string };
  dueDate: string;
  sourceReference: string | null;
  issuedAt: string;
}

/**
 * An invoice was issued: it has its number and is due.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class InvoiceIssuedContract extends DomainEvent<InvoiceIssuedContractPayload> {
  static readonly eventName = 'billing.invoice-issued';
  static readonly eventVersion = 1;

  constructor(payload: InvoiceIssuedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.invoiceId, payload, metadata);
  }
}
