import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SubscriptionRenewedContractPayload {
  subscriptionId: string;
}

/**
 * Something happened to a subscription that other contexts may react to.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class SubscriptionRenewedContract extends DomainEvent<SubscriptionRenewedContractPayload> {
  static readonly eventName = 'billing.subscription-renewed';
  static readonly eventVersion = 1;

  constructor(payload: SubscriptionRenewedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.subscriptionId, payload, metadata);
  }
}
