import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface InvoiceVoidedPayload {
  invoiceId: string;
}

/** Something happened to an invoice that other contexts may react to. */
export class InvoiceVoided extends DomainEvent<InvoiceVoidedPayload> {
  static readonly eventName = 'billing.invoice-voided';
  static readonly eventVersion = 1;

  constructor(payload: InvoiceVoidedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.invoiceId, payload, metadata);
  }
}
