import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CountryCreatedPayload {
  countryId: string;
  createdAt: string;
}

/** A country came into being. */
export class CountryCreated extends DomainEvent<CountryCreatedPayload> {
  static readonly eventName = 'reference.country-created';
  static readonly eventVersion = 1;

  constructor(payload: CountryCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.countryId, payload, metadata);
  }
}
