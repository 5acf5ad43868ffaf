import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SubscriptionRenewedPayload {
  subscriptionId: string;
  renewedAt: string;
}

/** A subscription was renewed. */
export class SubscriptionRenewed extends DomainEvent<SubscriptionRenewedPayload> {
  static readonly eventName = 'billing.subscription-renewed';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionRenewedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
