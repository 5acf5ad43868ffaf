import { Query } from '@nestjs/cqrs';
import { TimezoneNow } from '../timezone-now';

export interface TimezoneFilter {
  /** ISO 3166-1 alpha-2 of the zone's country, in any case. */
  country?: string;
  /** Part of the name, an alias, the country's name or a main city, in any case and without accents. */
  search?: string;
}

export class ListTimezones extends Query<TimezoneNow[]> {
  /** `at`: the moment whose offsets are wanted (now, unless a test fixes it). */
  constructor(
    readonly filter: TimezoneFilter,
    readonly at: Date = new Date(),
  ) {
    super();
  }
}
