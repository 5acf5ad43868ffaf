import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CountryActivatedPayload {
  countryId: string;
  activatedAt: string;
}

/** A country was activated. */
export class CountryActivated extends DomainEvent<CountryActivatedPayload> {
  static readonly eventName = 'reference.country-activated';
  static readonly eventVersion = 1;

  constructor(payload: CountryActivatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.countryId, payload, metadata);
  }
}
