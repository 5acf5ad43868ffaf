import { Command } from '@nestjs/cqrs';
import { Country } from '../../domain/country/country.aggregate';

/** Withdraws a country from the platform; answers the country as saved. */
export class DeactivateCountry extends Command<Country> {
  constructor(
    /** ISO 3166-1 alpha-2 or alpha-3, upper case. */
    readonly code: string,
  ) {
    super();
  }
}
