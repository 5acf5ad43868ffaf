import { DomainEvent } from '@promenade/ddd';
import { Country } from '../../domain/country.aggregate';
import { CountryNotFound } from '../../domain/country.errors';
import { CountryRepository } from '../../domain/country.repository';

/** A unit-test stand-in for the country store: keeps copies, finds by alpha-2 or alpha-3, collects the events it would publish. */
export class InMemoryCountryRepository implements CountryRepository {
  readonly published: DomainEvent[] = [];
  private readonly countries = new Map<string, Country>();

  constructor(...stored: Country[]) {
    for (const country of stored) this.countries.set(country.id, copyOf(country));
  }

  async getById(code: string): Promise<Country> {
    const found = [...this.countries.values()].find((country) => country.id === code || country.alpha3 === code);
    if (!found) throw new CountryNotFound(code);
    return copyOf(found);
  }

  async save(country: Country): Promise<void> {
    this.published.push(...country.pullEvents());
    country.markPersisted(country.version + 1);
    this.countries.set(country.id, copyOf(country));
  }
}

function copyOf(country: Country): Country {
  const { id, version, alpha3, numeric, name, officialName, region, subregion, active } = country;
  return Country.restore({ id, version, alpha3, numeric, name, officialName, currencies: [...country.currencies], callingCodes: [...country.callingCodes], region, subregion, active });
}
