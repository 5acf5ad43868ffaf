import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface DealLostPayload {
  dealId: string;
  customerId: string;
  ownerId: string;
  /** `amount` in minor units of `currency`. */
  value: { amount: number; currency: string };
  /** The open stage it was lost from. */
  fromStage: string;
  reason: string;
  /** When the deal was opened: with `lostAt`, its time to close. */
  createdAt: string;
  lostAt: string;
}

/** A deal was lost, with a reason; it is final. */
export class DealLost extends DomainEvent<DealLostPayload> {
  static readonly eventName = 'crm.deal-lost';
  static readonly eventVersion = 1;

  constructor(payload: DealLostPayload, metadata?: Partial<EventMetadata>) {
    super(payload.dealId, payload, metadata);
  }
}
