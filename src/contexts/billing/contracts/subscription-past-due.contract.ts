import { DomainEvent, EventMetadata } from '@promenade/ddd';

/** Times are ISO 8601 in UTC; ids are UUIDs (customerId: the Identity user). */
export interface SubscriptionPastDueContractPayload {
  subscriptionId: string;
  customerId: string;
  planCode: string;
  /** The open invoice the retries charge. */
  invoiceId: string;
  pastDueSince: string;
  /** When the first retry is due. */
  nextRetryAt: string;
}

/**
 * A subscription's charge failed: it is past due, and its charge is retried on the dunning schedule.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class SubscriptionPastDueContract extends DomainEvent<SubscriptionPastDueContractPayload> {
  static readonly eventName = 'billing.subscription-past-due';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionPastDueContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
