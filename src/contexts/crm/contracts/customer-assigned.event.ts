import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CustomerAssignedPayload {
  customerId: string;
  assignedAt: string;
}

/** A customer was assigned. */
export class CustomerAssigned extends DomainEvent<CustomerAssignedPayload> {
  static readonly eventName = 'crm.customer-assigned';
  static readonly eventVersion = 1;

  constructor(payload: CustomerAssignedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.customerId, payload, metadata);
  }
}
