import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface DealWonPayload {
  dealId: string;
  customerId: string;
  ownerId: string;
  /** The revenue won: `amount` in minor units of `currency`. */
  value: { amount: number; currency: string };
  /** When the deal was opened: with `wonAt`, its time to close. */
  createdAt: string;
  wonAt: string;
}

/** A deal was won (from negotiation); it is final. */
export class DealWon extends DomainEvent<DealWonPayload> {
  static readonly eventName = 'crm.deal-won';
  static readonly eventVersion = 1;

  constructor(payload: DealWonPayload, metadata?: Partial<EventMetadata>) {
    super(payload.dealId, payload, metadata);
  }
}
