import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { COUNTRY_REPOSITORY, CountryRepository } from '../../domain/country.repository';
import { DeactivateCountry } from './deactivate-country.command';

@CommandHandler(DeactivateCountry)
export class DeactivateCountryHandler implements ICommandHandler<DeactivateCountry, void> {
  constructor(@Inject(COUNTRY_REPOSITORY) private readonly countrys: CountryRepository) {}

  async execute({ countryId }: DeactivateCountry): Promise<void> {
    const country = await this.countrys.getById(countryId);
    country.deactivate();
    await this.countrys.save(country);
  }
}
