import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CountryDeactivatedPayload {
  countryId: string;
  deactivatedAt: string;
}

/** A country was deactivated. */
export class CountryDeactivated extends DomainEvent<CountryDeactivatedPayload> {
  static readonly eventName = 'reference.country-deactivated';
  static readonly eventVersion = 1;

  constructor(payload: CountryDeactivatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.countryId, payload, metadata);
  }
}
