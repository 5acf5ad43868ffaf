import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CreditNoteIssuedContractPayload {
  creditId: string;
}

/**
 * Something happened to a credit that other contexts may react to.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class CreditNoteIssuedContract extends DomainEvent<CreditNoteIssuedContractPayload> {
  static readonly eventName = 'billing.credit-note-issued';
  static readonly eventVersion = 1;

  constructor(payload: CreditNoteIssuedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.creditId, payload, metadata);
  }
}
