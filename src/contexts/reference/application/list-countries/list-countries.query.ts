import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { CountryEntry } from '../reference-catalog';

export interface CountryFilter {
  /** Part of the name, official name or a code, in any case and without accents. */
  search?: string;
  /** Exactly one of the regions ("Europe"). */
  region?: string;
}

export class ListCountries extends Query<Page<CountryEntry>> {
  constructor(
    readonly filter: CountryFilter,
    readonly page: number,
    readonly limit: number,
  ) {
    super();
  }
}
