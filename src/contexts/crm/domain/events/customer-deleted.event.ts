import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CustomerDeletedPayload {
  customerId: string;
  /** Its last status and tier, so read models can take it out of their counts. */
  status: 'lead' | 'prospect' | 'customer' | 'churned';
  tier: 'free' | 'basic' | 'pro' | 'enterprise';
  deletedAt: string;
}

/** A customer was deleted (kept stored for its history, reachable no more). */
export class CustomerDeleted extends DomainEvent<CustomerDeletedPayload> {
  static readonly eventName = 'crm.customer-deleted';
  static readonly eventVersion = 1;

  constructor(payload: CustomerDeletedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.customerId, payload, metadata);
  }
}
