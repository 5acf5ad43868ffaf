import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface DealLostPayload {
  dealId: string;
  lostAt: string;
}

/** A deal was lost. */
export class DealLost extends DomainEvent<DealLostPayload> {
  static readonly eventName = 'crm.deal-lost';
  static readonly eventVersion = 1;

  constructor(payload: DealLostPayload, metadata?: Partial<EventMetadata>) {
    super(payload.dealId, payload, metadata);
  }
}
