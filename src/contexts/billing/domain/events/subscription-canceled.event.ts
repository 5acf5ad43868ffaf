import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SubscriptionCanceledPayload {
  subscriptionId: string;
}

/** Something happened to a subscription that other contexts may react to. */
export class SubscriptionCanceled extends DomainEvent<SubscriptionCanceledPayload> {
  static readonly eventName = 'billing.subscription-canceled';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionCanceledPayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
