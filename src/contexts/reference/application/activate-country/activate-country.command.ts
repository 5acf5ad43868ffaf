import { Command } from '@nestjs/cqrs';
import { Country } from '../../domain/country/country.aggregate';

/** Offers a withdrawn country again; answers the country as saved. */
export class ActivateCountry extends Command<Country> {
  constructor(
    /** ISO 3166-1 alpha-2 or alpha-3, upper case. */
    readonly code: string,
  ) {
    super();
  }
}
