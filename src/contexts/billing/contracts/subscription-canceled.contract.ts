import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SubscriptionCanceledContractPayload {
  subscriptionId: string;
}

/**
 * Something happened to a subscription that other contexts may react to.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class SubscriptionCanceledContract extends DomainEvent<SubscriptionCanceledContractPayload> {
  static readonly eventName = 'billing.subscription-canceled';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionCanceledContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
