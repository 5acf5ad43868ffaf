import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface DealDeletedPayload {
  dealId: string;
  ownerId: string;
  /** The open stage it was in: a pipeline drops it from there. */
  stage: string;
  deletedAt: string;
}

/** An open deal was deleted; it leaves the pipeline (closed deals cannot be deleted). */
export class DealDeleted extends DomainEvent<DealDeletedPayload> {
  static readonly eventName = 'crm.deal-deleted';
  static readonly eventVersion = 1;

  constructor(payload: DealDeletedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.dealId, payload, metadata);
  }
}
