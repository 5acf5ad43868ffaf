import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CustomerCreatedPayload {
  customerId: string;
  createdAt: string;
}

/** A customer came into being. */
export class CustomerCreated extends DomainEvent<CustomerCreatedPayload> {
  static readonly eventName = 'crm.customer-created';
  static readonly eventVersion = 1;

  constructor(payload: CustomerCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.customerId, payload, metadata);
  }
}
