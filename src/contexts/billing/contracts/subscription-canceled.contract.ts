import { DomainEvent, EventMetadata } from '@promenade/ddd';

/** Times are ISO 8601 in UTC; ids are UUIDs (customerId: the Identity user). */
export interface SubscriptionCanceledContractPayload {
  subscriptionId: string;
  customerId: string;
  planCode: string;
  /** `requested` at once, `period_end` as asked before, `payment_failed` after the last dunning retry. */
  reason: 'requested' | 'period_end' | 'payment_failed';
  canceledAt: string;
}

/**
 * A subscription ended: canceled on request (at once or at its period end) or after its last dunning retry failed.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class SubscriptionCanceledContract extends DomainEvent<SubscriptionCanceledContractPayload> {
  static readonly eventName = 'billing.subscription-canceled';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionCanceledContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
