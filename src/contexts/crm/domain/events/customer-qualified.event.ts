import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CustomerQualifiedPayload {
  customerId: string;
  qualifiedAt: string;
}

/** A lead became a prospect. */
export class CustomerQualified extends DomainEvent<CustomerQualifiedPayload> {
  static readonly eventName = 'crm.customer-qualified';
  static readonly eventVersion = 1;

  constructor(payload: CustomerQualifiedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.customerId, payload, metadata);
  }
}
