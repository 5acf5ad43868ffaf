import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CustomerReactivatedPayload {
  customerId: string;
  reactivatedAt: string;
}

/** A churned customer came back: a customer again, the churn forgotten. */
export class CustomerReactivated extends DomainEvent<CustomerReactivatedPayload> {
  static readonly eventName = 'crm.customer-reactivated';
  static readonly eventVersion = 1;

  constructor(payload: CustomerReactivatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.customerId, payload, metadata);
  }
}
