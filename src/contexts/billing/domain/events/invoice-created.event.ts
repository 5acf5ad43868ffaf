import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface InvoiceCreatedPayload {
  invoiceId: string;
  createdAt: string;
}

/** An invoice came into being. */
export class InvoiceCreated extends DomainEvent<InvoiceCreatedPayload> {
  static readonly eventName = 'billing.invoice-created';
  static readonly eventVersion = 1;

  constructor(payload: InvoiceCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.invoiceId, payload, metadata);
  }
}
