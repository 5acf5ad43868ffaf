import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CurrencyActivatedPayload {
  /** ISO 4217 alphabetic code, upper case (the currency's id). */
  code: string;
}

/**
 * A currency is available on the platform again.
 * Activations and deactivations of one code share its `metadata.sequence` (1, 2, …): a listener keeps
 * the state of the highest sequence it has seen, since a retried delivery can arrive after a later one.
 * Published as CurrencyActivatedContract (application/publications/publish-currency-activated.ts); never sent itself.
 */
export class CurrencyActivated extends DomainEvent<CurrencyActivatedPayload> {
  static readonly eventName = 'reference.currency-activated';
  static readonly eventVersion = 1;

  constructor(payload: CurrencyActivatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.code, payload, metadata);
  }
}
