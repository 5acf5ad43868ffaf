import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PlanUpdatedPayload {
  planId: string;
  updatedAt: string;
}

/** A plan was updated. */
export class PlanUpdated extends DomainEvent<PlanUpdatedPayload> {
  static readonly eventName = 'billing.plan-updated';
  static readonly eventVersion = 1;

  constructor(payload: PlanUpdatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.planId, payload, metadata);
  }
}
