import { DomainEvent, EventMetadata } from '@promenade/ddd';

/** Times are ISO 8601 in UTC; ids are UUIDs (customerId: the Identity user). */
export interface SubscriptionRenewedContractPayload {
  subscriptionId: string;
  customerId: string;
  planCode: string;
  /** The invoice of the period, paid. */
  invoiceId: string;
  periodStart: string;
  periodEnd: string;
  renewedAt: string;
}

/**
 * A subscription's period was paid: at a renewal, at the end of a trial, or when a dunning retry succeeded.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class SubscriptionRenewedContract extends DomainEvent<SubscriptionRenewedContractPayload> {
  static readonly eventName = 'billing.subscription-renewed';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionRenewedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
