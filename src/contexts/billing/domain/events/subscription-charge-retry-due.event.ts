import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SubscriptionChargeRetryDuePayload {
  subscriptionId: string;
  /** Which retry of the dunning schedule is due (1 for the first): a subscription past it ignores it. */
  attempt: number;
}

/** Internal, raised with `metadata.deliverAt` = when the dunning schedule retries a past-due subscription's charge. */
export class SubscriptionChargeRetryDue extends DomainEvent<SubscriptionChargeRetryDuePayload> {
  static readonly eventName = 'billing.subscription-charge-retry-due';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionChargeRetryDuePayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
