import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CurrencyActivatedPayload {
  currencyId: string;
  activatedAt: string;
}

/** A currency was activated. */
export class CurrencyActivated extends DomainEvent<CurrencyActivatedPayload> {
  static readonly eventName = 'reference.currency-activated';
  static readonly eventVersion = 1;

  constructor(payload: CurrencyActivatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.currencyId, payload, metadata);
  }
}
