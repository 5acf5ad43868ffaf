import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CustomerAssignedPayload {
  customerId: string;
  /** null when the customer had no rep (a lead from a sign-up). */
  previousRepId: string | null;
  repId: string;
  assignedAt: string;
}

/** A customer was given to a sales rep (a first assignment or a reassignment). */
export class CustomerAssigned extends DomainEvent<CustomerAssignedPayload> {
  static readonly eventName = 'crm.customer-assigned';
  static readonly eventVersion = 1;

  constructor(payload: CustomerAssignedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.customerId, payload, metadata);
  }
}
