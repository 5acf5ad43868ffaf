import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CustomerConvertedPayload {
  customerId: string;
  convertedAt: string;
}

/** A prospect became a customer. */
export class CustomerConverted extends DomainEvent<CustomerConvertedPayload> {
  static readonly eventName = 'crm.customer-converted';
  static readonly eventVersion = 1;

  constructor(payload: CustomerConvertedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.customerId, payload, metadata);
  }
}
