import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CountryActivatedContractPayload {
  /** ISO 3166-1 alpha-2, upper case (the country's id). */
  code: string;
}

/**
 * A country is available on the platform again.
 * Activations and deactivations of one code share its `metadata.sequence` (1, 2, …): a listener keeps
 * the state of the highest sequence it has seen, since a retried delivery can arrive after a later one.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class CountryActivatedContract extends DomainEvent<CountryActivatedContractPayload> {
  static readonly eventName = 'reference.country-activated';
  static readonly eventVersion = 1;

  constructor(payload: CountryActivatedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.code, payload, metadata);
  }
}
