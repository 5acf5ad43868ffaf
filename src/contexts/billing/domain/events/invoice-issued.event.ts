import { DomainEvent, EventMetadata } from '@promenade/ddd';

/** Amounts are Money's JSON: integer minor units and the currency code; times are ISO instants, dueDate a calendar day. */
export interface InvoiceIssuedPayload {
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

/** An invoice was issued: it has its number and is due. */
export class InvoiceIssued extends DomainEvent<InvoiceIssuedPayload> {
  static readonly eventName = 'billing.invoice-issued';
  static readonly eventVersion = 1;

  constructor(payload: InvoiceIssuedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.invoiceId, payload, metadata);
  }
}
