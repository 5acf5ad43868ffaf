import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CustomerChurnedPayload {
  customerId: string;
  reason: string;
  churnedAt: string;
}

/** A customer left us, for the reason given. */
export class CustomerChurned extends DomainEvent<CustomerChurnedPayload> {
  static readonly eventName = 'crm.customer-churned';
  static readonly eventVersion = 1;

  constructor(payload: CustomerChurnedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.customerId, payload, metadata);
  }
}
