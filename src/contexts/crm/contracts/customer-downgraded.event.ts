import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CustomerDowngradedPayload {
  customerId: string;
  downgradedAt: string;
}

/** A customer was downgraded. */
export class CustomerDowngraded extends DomainEvent<CustomerDowngradedPayload> {
  static readonly eventName = 'crm.customer-downgraded';
  static readonly eventVersion = 1;

  constructor(payload: CustomerDowngradedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.customerId, payload, metadata);
  }
}
