import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SubscriptionRenewedPayload {
  subscriptionId: string;
  customerId: string;
  planCode: string;
  /** The invoice of the period, paid. */
  invoiceId: string;
  periodStart: string;
  periodEnd: string;
  renewedAt: string;
}

/** A subscription's period was paid: at a renewal, at the end of a trial, or when a dunning retry succeeded. */
export class SubscriptionRenewed extends DomainEvent<SubscriptionRenewedPayload> {
  static readonly eventName = 'billing.subscription-renewed';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionRenewedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
