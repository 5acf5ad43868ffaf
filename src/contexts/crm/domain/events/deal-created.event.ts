import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface DealCreatedPayload {
  dealId: string;
  name: string;
  customerId: string;
  /** The sales rep (a user id) who owns the deal. */
  ownerId: string;
  /** `amount` in minor units of `currency`. */
  value: { amount: number; currency: string };
  /** Always an open stage: `lead`, `qualified`, `proposal` or `negotiation`. */
  stage: string;
  /** Percent, 0–100. */
  probability: number;
  source: string;
  /** `YYYY-MM-DD`. */
  expectedCloseDate: string;
  createdAt: string;
}

/** A deal was opened; its pipeline entry starts with this stage, value and probability. */
export class DealCreated extends DomainEvent<DealCreatedPayload> {
  static readonly eventName = 'crm.deal-created';
  static readonly eventVersion = 1;

  constructor(payload: DealCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.dealId, payload, metadata);
  }
}
