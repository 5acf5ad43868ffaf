import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CustomerLinkedToUserPayload {
  customerId: string;
  userId: string;
  linkedAt: string;
}

/** An existing customer was recognised as an Identity user (they signed up with the customer's email). */
export class CustomerLinkedToUser extends DomainEvent<CustomerLinkedToUserPayload> {
  static readonly eventName = 'crm.customer-linked-to-user';
  static readonly eventVersion = 1;

  constructor(payload: CustomerLinkedToUserPayload, metadata?: Partial<EventMetadata>) {
    super(payload.customerId, payload, metadata);
  }
}
