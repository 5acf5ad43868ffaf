import { Query } from '@nestjs/cqrs';
import { CountryEntry } from '../reference-catalog';

export class GetCountry extends Query<CountryEntry> {
  /** `code`: ISO 3166-1 alpha-2 or alpha-3, in any case. */
  constructor(readonly code: string) {
    super();
  }
}
