import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Country } from '../../domain/country/country.aggregate';
import { COUNTRY_REPOSITORY, CountryRepository } from '../../domain/country/country.repository';
import { ActivateCountry } from './activate-country.command';

@CommandHandler(ActivateCountry)
export class ActivateCountryHandler implements ICommandHandler<ActivateCountry, Country> {
  constructor(@Inject(COUNTRY_REPOSITORY) private readonly countries: CountryRepository) {}

  async execute({ code }: ActivateCountry): Promise<Country> {
    const country = await this.countries.getById(code);
    country.activate();
    await this.countries.save(country);
    return country;
  }
}
