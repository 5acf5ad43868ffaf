import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface DealWonPayload {
  dealId: string;
  wonAt: string;
}

/** A deal was won. */
export class DealWon extends DomainEvent<DealWonPayload> {
  static readonly eventName = 'crm.deal-won';
  static readonly eventVersion = 1;

  constructor(payload: DealWonPayload, metadata?: Partial<EventMetadata>) {
    super(payload.dealId, payload, metadata);
  }
}
