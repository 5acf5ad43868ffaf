import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface InvoiceCreditedPayload {
  invoiceId: string;
  creditedAt: string;
}

/** An invoice was credited. */
export class InvoiceCredited extends DomainEvent<InvoiceCreditedPayload> {
  static readonly eventName = 'billing.invoice-credited';
  static readonly eventVersion = 1;

  constructor(payload: InvoiceCreditedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.invoiceId, payload, metadata);
  }
}
