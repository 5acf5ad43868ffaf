import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SubscriptionStartedPayload {
  subscriptionId: string;
}

/** Something happened to a subscription that other contexts may react to. */
export class SubscriptionStarted extends DomainEvent<SubscriptionStartedPayload> {
  static readonly eventName = 'billing.subscription-started';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionStartedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
