import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CustomerDowngradedPayload {
  customerId: string;
  from: 'free' | 'basic' | 'pro' | 'enterprise';
  to: 'free' | 'basic' | 'pro' | 'enterprise';
  downgradedAt: string;
}

/** A customer moved to a lower tier. */
export class CustomerDowngraded extends DomainEvent<CustomerDowngradedPayload> {
  static readonly eventName = 'crm.customer-downgraded';
  static readonly eventVersion = 1;

  constructor(payload: CustomerDowngradedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.customerId, payload, metadata);
  }
}
