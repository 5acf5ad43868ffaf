import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SubscriptionCancelledPayload {
  subscriptionId: string;
  cancelledAt: string;
}

/** A subscription was cancelled. */
export class SubscriptionCancelled extends DomainEvent<SubscriptionCancelledPayload> {
  static readonly eventName = 'billing.subscription-cancelled';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionCancelledPayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
