import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Country, CountryState } from '../../domain/country/country.aggregate';
import { CountryNotFound } from '../../domain/country/country.errors';
import { CountryRepository } from '../../domain/country/country.repository';

/** A unit-test stand-in for the country store, holding `stored` to start with; finds by alpha-2 or alpha-3. */
export class InMemoryCountryRepository extends InMemoryAggregateRepository<Country, CountryState> implements CountryRepository {
  constructor(...stored: Country[]) {
    super(Country.restore);
    this.seed(...stored);
  }

  async getById(code: string): Promise<Country> {
    const found = this.all().find((country) => country.id === code || country.alpha3 === code);
    if (!found) throw new CountryNotFound(code);
    return found;
  }
}
