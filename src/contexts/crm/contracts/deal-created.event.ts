import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface DealCreatedPayload {
  dealId: string;
  createdAt: string;
}

/** A deal came into being. */
export class DealCreated extends DomainEvent<DealCreatedPayload> {
  static readonly eventName = 'crm.deal-created';
  static readonly eventVersion = 1;

  constructor(payload: DealCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.dealId, payload, metadata);
  }
}
