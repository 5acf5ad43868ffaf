import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SubscriptionStartedContractPayload {
  subscriptionId: string;
}

/**
 * Something happened to a subscription that other contexts may react to.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class SubscriptionStartedContract extends DomainEvent<SubscriptionStartedContractPayload> {
  static readonly eventName = 'billing.subscription-started';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionStartedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
