import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SubscriptionStartedPayload {
  subscriptionId: string;
  customerId: string;
  planCode: string;
  /** `trialing` until `currentPeriodEnd`, else `active`. */
  status: 'trialing' | 'active';
  currentPeriodStart: string;
  /** The trial end, or the end of the first paid period. */
  currentPeriodEnd: string;
  startedAt: string;
}

/** A customer subscribed to a plan: trialing until its trial ends, else active with its first period invoiced (its first charge may still fail: then billing.subscription-past-due follows). */
export class SubscriptionStarted extends DomainEvent<SubscriptionStartedPayload> {
  static readonly eventName = 'billing.subscription-started';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionStartedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
