import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PlanCreatedPayload {
  planId: string;
  code: string;
  createdAt: string;
}

/** Staff created a plan. Internal: other contexts learn of plans through subscriptions. */
export class PlanCreated extends DomainEvent<PlanCreatedPayload> {
  static readonly eventName = 'billing.plan-created';
  static readonly eventVersion = 1;

  constructor(payload: PlanCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.planId, payload, metadata);
  }
}
