import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CountryNotFound } from '../../domain/country/country.errors';
import { CountryEntry, REFERENCE_CATALOG, ReferenceCatalog } from '../reference-catalog';
import { GetCountry } from './get-country.query';

@QueryHandler(GetCountry)
export class GetCountryHandler implements IQueryHandler<GetCountry, CountryEntry> {
  constructor(@Inject(REFERENCE_CATALOG) private readonly catalog: ReferenceCatalog) {}

  async execute({ code }: GetCountry): Promise<CountryEntry> {
    const country = await this.catalog.country(code.toUpperCase());
    if (!country) throw new CountryNotFound(code);
    return country;
  }
}
