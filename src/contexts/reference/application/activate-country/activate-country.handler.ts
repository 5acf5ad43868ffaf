import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { COUNTRY_REPOSITORY, CountryRepository } from '../../domain/country.repository';
import { ActivateCountry } from './activate-country.command';

@CommandHandler(ActivateCountry)
export class ActivateCountryHandler implements ICommandHandler<ActivateCountry, void> {
  constructor(@Inject(COUNTRY_REPOSITORY) private readonly countrys: CountryRepository) {}

  async execute({ countryId }: ActivateCountry): Promise<void> {
    const country = await this.countrys.getById(countryId);
    country.activate();
    await this.countrys.save(country);
  }
}
