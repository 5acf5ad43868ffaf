import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface InvoiceVoidedContractPayload {
  invoiceId: string;
}

/**
 * Something happened to an invoice that other contexts may react to.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class InvoiceVoidedContract extends DomainEvent<InvoiceVoidedContractPayload> {
  static readonly eventName = 'billing.invoice-voided';
  static readonly eventVersion = 1;

  constructor(payload: InvoiceVoidedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.invoiceId, payload, metadata);
  }
}
