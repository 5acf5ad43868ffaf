import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface InvoiceIssuedPayload {
  invoiceId: string;
}

/** Something happened to an invoice that other contexts may react to. */
export class InvoiceIssued extends DomainEvent<InvoiceIssuedPayload> {
  static readonly eventName = 'billing.invoice-issued';
  static readonly eventVersion = 1;

  constructor(payload: InvoiceIssuedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.invoiceId, payload, metadata);
  }
}
