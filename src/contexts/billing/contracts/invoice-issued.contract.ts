import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface InvoiceIssuedContractPayload {
  invoiceId: string;
}

/**
 * Something happened to an invoice that other contexts may react to.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class InvoiceIssuedContract extends DomainEvent<InvoiceIssuedContractPayload> {
  static readonly eventName = 'billing.invoice-issued';
  static readonly eventVersion = 1;

  constructor(payload: InvoiceIssuedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.invoiceId, payload, metadata);
  }
}
