import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CurrencyDeactivatedPayload {
  currencyId: string;
  deactivatedAt: string;
}

/** A currency was deactivated. */
export class CurrencyDeactivated extends DomainEvent<CurrencyDeactivatedPayload> {
  static readonly eventName = 'reference.currency-deactivated';
  static readonly eventVersion = 1;

  constructor(payload: CurrencyDeactivatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.currencyId, payload, metadata);
  }
}
