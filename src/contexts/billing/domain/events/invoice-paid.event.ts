import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface InvoicePaidPayload {
  invoiceId: string;
}

/** Something happened to an invoice that other contexts may react to. */
export class InvoicePaid extends DomainEvent<InvoicePaidPayload> {
  static readonly eventName = 'billing.invoice-paid';
  static readonly eventVersion = 1;

  constructor(payload: InvoicePaidPayload, metadata?: Partial<EventMetadata>) {
    super(payload.invoiceId, payload, metadata);
  }
}
