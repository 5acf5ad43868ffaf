import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { CountryEntry, REFERENCE_CATALOG, ReferenceCatalog } from '../reference-catalog';
import { matchesSearch } from '../text-search';
import { ListCountries } from './list-countries.query';

@QueryHandler(ListCountries)
export class ListCountriesHandler implements IQueryHandler<ListCountries, Page<CountryEntry>> {
  constructor(@Inject(REFERENCE_CATALOG) private readonly catalog: ReferenceCatalog) {}

  async execute({ filter, page, limit }: ListCountries): Promise<Page<CountryEntry>> {
    const matches = (await this.catalog.countries()).filter(
      (country) =>
        (filter.region === undefined || country.region === filter.region) &&
        matchesSearch(filter.search, [country.name, country.officialName, country.alpha2, country.alpha3]),
    );
    return { items: matches.slice((page - 1) * limit, page * limit), page, limit, total: matches.length };
  }
}
