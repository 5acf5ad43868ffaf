import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SubscriptionCanceledPayload {
  subscriptionId: string;
  customerId: string;
  planCode: string;
  /** `requested` at once, `period_end` as asked before, `payment_failed` after the last dunning retry. */
  reason: 'requested' | 'period_end' | 'payment_failed';
  canceledAt: string;
}

/** A subscription ended: canceled on request (at once or at its period end) or after its last dunning retry failed. */
export class SubscriptionCanceled extends DomainEvent<SubscriptionCanceledPayload> {
  static readonly eventName = 'billing.subscription-canceled';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionCanceledPayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
