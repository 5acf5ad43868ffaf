import { DomainEvent, EventMetadata } from '@promenade/ddd';

/** Amounts are integer minor units with their currency code; times are ISO instants, dueDate a calendar day. */
export interface CreditNoteIssuedContractPayload {
  creditNoteId: string;
  number: string;
  invoiceId: string;
  invoiceNumber: string;
  customerId: string;
  currency: string;
  total: { amount: number; currency: string };
  reason: string;
  issuedAt: string;
}

/**
 * A credit note was issued against an invoice: its total is given back to the customer.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class CreditNoteIssuedContract extends DomainEvent<CreditNoteIssuedContractPayload> {
  static readonly eventName = 'billing.credit-note-issued';
  static readonly eventVersion = 1;

  constructor(payload: CreditNoteIssuedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.creditNoteId, payload, metadata);
  }
}
