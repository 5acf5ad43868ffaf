import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { REFERENCE_CATALOG, ReferenceCatalog } from '../reference-catalog';
import { matchesSearch } from '../text-search';
import { TimezoneNow, timezoneAt } from '../timezone-now';
import { ListTimezones } from './list-timezones.query';

@QueryHandler(ListTimezones)
export class ListTimezonesHandler implements IQueryHandler<ListTimezones, TimezoneNow[]> {
  constructor(@Inject(REFERENCE_CATALOG) private readonly catalog: ReferenceCatalog) {}

  async execute({ filter, at }: ListTimezones): Promise<TimezoneNow[]> {
    const country = filter.country?.toUpperCase();
    return (await this.catalog.timezones())
      .filter(
        (zone) =>
          (country === undefined || zone.countryCode === country) &&
          matchesSearch(filter.search, [zone.name, ...zone.aliases, zone.countryName, ...zone.mainCities]),
      )
      .map((zone) => timezoneAt(zone, at));
  }
}
