import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface InvoicePaidContractPayload {
  invoiceId: string;
}

/**
 * Something happened to an invoice that other contexts may react to.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class InvoicePaidContract extends DomainEvent<InvoicePaidContractPayload> {
  static readonly eventName = 'billing.invoice-paid';
  static readonly eventVersion = 1;

  constructor(payload: InvoicePaidContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.invoiceId, payload, metadata);
  }
}
