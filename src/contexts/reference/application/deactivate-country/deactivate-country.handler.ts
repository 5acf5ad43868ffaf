import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Country } from '../../domain/country/country.aggregate';
import { COUNTRY_REPOSITORY, CountryRepository } from '../../domain/country/country.repository';
import { DeactivateCountry } from './deactivate-country.command';

@CommandHandler(DeactivateCountry)
export class DeactivateCountryHandler implements ICommandHandler<DeactivateCountry, Country> {
  constructor(@Inject(COUNTRY_REPOSITORY) private readonly countries: CountryRepository) {}

  async execute({ code }: DeactivateCountry): Promise<Country> {
    const country = await this.countries.getById(code);
    country.deactivate();
    await this.countries.save(country);
    return country;
  }
}
