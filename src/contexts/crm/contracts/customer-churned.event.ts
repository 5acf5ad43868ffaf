import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CustomerChurnedPayload {
  customerId: string;
  churnedAt: string;
}

/** A customer was churned. */
export class CustomerChurned extends DomainEvent<CustomerChurnedPayload> {
  static readonly eventName = 'crm.customer-churned';
  static readonly eventVersion = 1;

  constructor(payload: CustomerChurnedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.customerId, payload, metadata);
  }
}
