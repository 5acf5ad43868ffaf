import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface InvoiceUpdatedPayload {
  invoiceId: string;
  updatedAt: string;
}

/** An invoice was updated. */
export class InvoiceUpdated extends DomainEvent<InvoiceUpdatedPayload> {
  static readonly eventName = 'billing.invoice-updated';
  static readonly eventVersion = 1;

  constructor(payload: InvoiceUpdatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.invoiceId, payload, metadata);
  }
}
