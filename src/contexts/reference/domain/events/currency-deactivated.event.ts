import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CurrencyDeactivatedPayload {
  /** ISO 4217 alphabetic code, upper case (the currency's id). */
  code: string;
}

/**
 * A currency was withdrawn from the platform: contexts that price in it should stop accepting it for new things.
 * Activations and deactivations of one code share its `metadata.sequence` (1, 2, …): a listener keeps
 * the state of the highest sequence it has seen, since a retried delivery can arrive after a later one.
 * Published as CurrencyDeactivatedContract (application/publications/publish-currency-deactivated.ts); never sent itself.
 */
export class CurrencyDeactivated extends DomainEvent<CurrencyDeactivatedPayload> {
  static readonly eventName = 'reference.currency-deactivated';
  static readonly eventVersion = 1;

  constructor(payload: CurrencyDeactivatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.code, payload, metadata);
  }
}
