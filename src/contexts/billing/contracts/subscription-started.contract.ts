import { DomainEvent, EventMetadata } from '@promenade/ddd';

/** Times are ISO 8601 in UTC; ids are UUIDs (customerId: the Identity user). */
export interface SubscriptionStartedContractPayload {
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

/**
 * A customer subscribed to a plan: trialing until its trial ends, else active with its first period invoiced (its first charge may still fail: then billing.subscription-past-due follows).
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class SubscriptionStartedContract extends DomainEvent<SubscriptionStartedContractPayload> {
  static readonly eventName = 'billing.subscription-started';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionStartedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
