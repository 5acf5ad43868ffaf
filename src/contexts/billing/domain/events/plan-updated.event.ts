import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PlanUpdatedPayload {
  planId: string;
  code: string;
  /** The terms that changed (`name`, `price`, `trialDays`, `active`). */
  changed: string[];
}

/** Staff changed some of a plan's terms; a new price applies from each subscription's next renewal. */
export class PlanUpdated extends DomainEvent<PlanUpdatedPayload> {
  static readonly eventName = 'billing.plan-updated';
  static readonly eventVersion = 1;

  constructor(payload: PlanUpdatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.planId, payload, metadata);
  }
}
