import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CreditNoteIssuedPayload {
  creditId: string;
}

/** Something happened to a credit that other contexts may react to. */
export class CreditNoteIssued extends DomainEvent<CreditNoteIssuedPayload> {
  static readonly eventName = 'billing.credit-note-issued';
  static readonly eventVersion = 1;

  constructor(payload: CreditNoteIssuedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.creditId, payload, metadata);
  }
}
