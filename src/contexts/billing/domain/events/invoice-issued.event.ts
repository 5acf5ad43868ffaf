import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface InvoiceIssuedPayload {
  invoiceId: string;
  issuedAt: string;
}

/** An invoice was issued. */
export class InvoiceIssued extends DomainEvent<InvoiceIssuedPayload> {
  static readonly eventName = 'billing.invoice-issued';
  static readonly eventVersion = 1;

  constructor(payload: InvoiceIssuedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.invoiceId, payload, metadata);
  }
}
