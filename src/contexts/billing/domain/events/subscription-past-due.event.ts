import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SubscriptionPastDuePayload {
  subscriptionId: string;
  customerId: string;
  planCode: string;
  /** The open invoice the retries charge. */
  invoiceId: string;
  pastDueSince: string;
  /** When the first retry is due. */
  nextRetryAt: string;
}

/** A subscription's charge failed: it is past due, and its charge is retried on the dunning schedule. */
export class SubscriptionPastDue extends DomainEvent<SubscriptionPastDuePayload> {
  static readonly eventName = 'billing.subscription-past-due';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionPastDuePayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
