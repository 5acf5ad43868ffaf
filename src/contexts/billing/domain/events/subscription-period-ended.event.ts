import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SubscriptionPeriodEndedPayload {
  subscriptionId: string;
  /** The end of the period (or trial) this delivery is for: a subscription that moved on ignores it. */
  periodEnd: string;
}

/** Internal, raised with `metadata.deliverAt` = the period's end: the transport hands it over then, and it renews. */
export class SubscriptionPeriodEnded extends DomainEvent<SubscriptionPeriodEndedPayload> {
  static readonly eventName = 'billing.subscription-period-ended';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionPeriodEndedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
