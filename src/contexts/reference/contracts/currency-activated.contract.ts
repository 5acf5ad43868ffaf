import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CurrencyActivatedContractPayload {
  /** ISO 4217 alphabetic code, upper case (the currency's id). */
  code: string;
}

/**
 * A currency is available on the platform again.
 * Activations and deactivations of one code share its `metadata.sequence` (1, 2, …): a listener keeps
 * the state of the highest sequence it has seen, since a retried delivery can arrive after a later one.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class CurrencyActivatedContract extends DomainEvent<CurrencyActivatedContractPayload> {
  static readonly eventName = 'reference.currency-activated';
  static readonly eventVersion = 1;

  constructor(payload: CurrencyActivatedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.code, payload, metadata);
  }
}
