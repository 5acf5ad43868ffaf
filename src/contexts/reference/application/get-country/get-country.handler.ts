import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Country } from '../../domain/country.aggregate';
import { COUNTRY_REPOSITORY, CountryRepository } from '../../domain/country.repository';
import { GetCountry } from './get-country.query';

@QueryHandler(GetCountry)
export class GetCountryHandler implements IQueryHandler<GetCountry, Country> {
  constructor(@Inject(COUNTRY_REPOSITORY) private readonly countrys: CountryRepository) {}

  execute({ countryId }: GetCountry): Promise<Country> {
    return this.countrys.getById(countryId);
  }
}
