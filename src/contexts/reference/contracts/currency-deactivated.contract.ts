import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CurrencyDeactivatedContractPayload {
  /** ISO 4217 alphabetic code, upper case (the currency's id). */
  code: string;
}

/**
 * A currency was withdrawn from the platform: contexts that price in it should stop accepting it for new things.
 * Activations and deactivations of one code share its `metadata.sequence` (1, 2, …): a listener keeps
 * the state of the highest sequence it has seen, since a retried delivery can arrive after a later one.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class CurrencyDeactivatedContract extends DomainEvent<CurrencyDeactivatedContractPayload> {
  static readonly eventName = 'reference.currency-deactivated';
  static readonly eventVersion = 1;

  constructor(payload: CurrencyDeactivatedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.code, payload, metadata);
  }
}
