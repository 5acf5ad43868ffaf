import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CustomerUpgradedPayload {
  customerId: string;
  upgradedAt: string;
}

/** A customer was upgraded. */
export class CustomerUpgraded extends DomainEvent<CustomerUpgradedPayload> {
  static readonly eventName = 'crm.customer-upgraded';
  static readonly eventVersion = 1;

  constructor(payload: CustomerUpgradedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.customerId, payload, metadata);
  }
}
