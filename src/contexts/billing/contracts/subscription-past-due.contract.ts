import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SubscriptionPastDueContractPayload {
  subscriptionId: string;
}

/**
 * Something happened to a subscription that other contexts may react to.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class SubscriptionPastDueContract extends DomainEvent<SubscriptionPastDueContractPayload> {
  static readonly eventName = 'billing.subscription-past-due';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionPastDueContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
