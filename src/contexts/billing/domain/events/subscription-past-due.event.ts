import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SubscriptionPastDuePayload {
  subscriptionId: string;
}

/** Something happened to a subscription that other contexts may react to. */
export class SubscriptionPastDue extends DomainEvent<SubscriptionPastDuePayload> {
  static readonly eventName = 'billing.subscription-past-due';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionPastDuePayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
