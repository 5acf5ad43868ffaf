import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CountryActivatedPayload {
  /** ISO 3166-1 alpha-2, upper case (the country's id). */
  code: string;
}

/**
 * A country is available on the platform again.
 * Activations and deactivations of one code share its `metadata.sequence` (1, 2, …): a listener keeps
 * the state of the highest sequence it has seen, since a retried delivery can arrive after a later one.
 * Published as CountryActivatedContract (application/publications/publish-country-activated.ts); never sent itself.
 */
export class CountryActivated extends DomainEvent<CountryActivatedPayload> {
  static readonly eventName = 'reference.country-activated';
  static readonly eventVersion = 1;

  constructor(payload: CountryActivatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.code, payload, metadata);
  }
}
