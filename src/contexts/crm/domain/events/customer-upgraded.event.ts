import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CustomerUpgradedPayload {
  customerId: string;
  from: 'free' | 'basic' | 'pro' | 'enterprise';
  to: 'free' | 'basic' | 'pro' | 'enterprise';
  upgradedAt: string;
}

/** A customer moved to a higher tier. */
export class CustomerUpgraded extends DomainEvent<CustomerUpgradedPayload> {
  static readonly eventName = 'crm.customer-upgraded';
  static readonly eventVersion = 1;

  constructor(payload: CustomerUpgradedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.customerId, payload, metadata);
  }
}
