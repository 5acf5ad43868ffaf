import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SubscriptionRenewedPayload {
  subscriptionId: string;
}

/** Something happened to a subscription that other contexts may react to. */
export class SubscriptionRenewed extends DomainEvent<SubscriptionRenewedPayload> {
  static readonly eventName = 'billing.subscription-renewed';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionRenewedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
