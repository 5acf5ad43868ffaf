import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CurrencyCreatedPayload {
  currencyId: string;
  createdAt: string;
}

/** A currency came into being. */
export class CurrencyCreated extends DomainEvent<CurrencyCreatedPayload> {
  static readonly eventName = 'reference.currency-created';
  static readonly eventVersion = 1;

  constructor(payload: CurrencyCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.currencyId, payload, metadata);
  }
}
