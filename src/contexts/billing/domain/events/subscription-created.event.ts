import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SubscriptionCreatedPayload {
  subscriptionId: string;
  createdAt: string;
}

/** A subscription came into being. */
export class SubscriptionCreated extends DomainEvent<SubscriptionCreatedPayload> {
  static readonly eventName = 'billing.subscription-created';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
