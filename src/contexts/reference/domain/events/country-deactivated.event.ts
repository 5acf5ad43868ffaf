import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CountryDeactivatedPayload {
  /** ISO 3166-1 alpha-2, upper case (the country's id). */
  code: string;
}

/**
 * A country was withdrawn from the platform: contexts that offer it should stop accepting it for new things.
 * Activations and deactivations of one code share its `metadata.sequence` (1, 2, …): a listener keeps
 * the state of the highest sequence it has seen, since a retried delivery can arrive after a later one.
 * Published as CountryDeactivatedContract (application/publications/publish-country-deactivated.ts); never sent itself.
 */
export class CountryDeactivated extends DomainEvent<CountryDeactivatedPayload> {
  static readonly eventName = 'reference.country-deactivated';
  static readonly eventVersion = 1;

  constructor(payload: CountryDeactivatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.code, payload, metadata);
  }
}
