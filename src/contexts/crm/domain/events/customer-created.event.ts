import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CustomerCreatedPayload {
  customerId: string;
  /** 'lead' unless created further along (never today, but readers should not assume it). */
  status: 'lead' | 'prospect' | 'customer' | 'churned';
  tier: 'free' | 'basic' | 'pro' | 'enterprise';
  source: string;
  /** The sales rep's user id; null for a lead from a sign-up, not yet assigned. */
  assignedTo: string | null;
  companyId: string | null;
  /** The Identity user this customer is, when known. */
  userId: string | null;
  createdAt: string;
}

/** A customer came into being (a lead, from a rep or from a sign-up). */
export class CustomerCreated extends DomainEvent<CustomerCreatedPayload> {
  static readonly eventName = 'crm.customer-created';
  static readonly eventVersion = 1;

  constructor(payload: CustomerCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.customerId, payload, metadata);
  }
}
