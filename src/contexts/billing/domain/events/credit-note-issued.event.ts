import { DomainEvent, EventMetadata } from '@promenade/ddd';

/** Amounts are Money's JSON: integer minor units and the currency code; times are ISO instants, dueDate a calendar day. */
export interface CreditNoteIssuedPayload {
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

/** A credit note was issued against an invoice: its total is given back to the customer. */
export class CreditNoteIssued extends DomainEvent<CreditNoteIssuedPayload> {
  static readonly eventName = 'billing.credit-note-issued';
  static readonly eventVersion = 1;

  constructor(payload: CreditNoteIssuedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.creditNoteId, payload, metadata);
  }
}
