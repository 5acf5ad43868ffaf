import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface DealUpdatedPayload {
  dealId: string;
  /** Every field that can be revised, as it now is (not only the changed ones): a reader replaces its copy. */
  name: string;
  ownerId: string;
  /** `amount` in minor units of `currency`. */
  value: { amount: number; currency: string };
  /** Percent, 0–100. */
  probability: number;
  source: string;
  /** `YYYY-MM-DD`. */
  expectedCloseDate: string;
  /** The stage it is in (unchanged by a revision). */
  stage: string;
  updatedAt: string;
}

/** An open deal was revised (name, owner, value, probability, source or expected close date). */
export class DealUpdated extends DomainEvent<DealUpdatedPayload> {
  static readonly eventName = 'crm.deal-updated';
  static readonly eventVersion = 1;

  constructor(payload: DealUpdatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.dealId, payload, metadata);
  }
}
