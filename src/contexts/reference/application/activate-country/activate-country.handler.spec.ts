import { CountryActivated } from '../../contracts/country-activated.event';
import { Country } from '../../domain/country.aggregate';
import { CountryNotFound } from '../../domain/country.errors';
import { CountryRepository } from '../../domain/country.repository';
import { ActivateCountry } from './activate-country.command';
import { ActivateCountryHandler } from './activate-country.handler';

function inMemory(...stored: Country[]): CountryRepository & { saved: Country[] } {
  const saved: Country[] = [];
  return {
    saved,
    getById: async (id) => {
      const found = stored.find((country) => country.id === id);
      if (!found) throw new CountryNotFound(id);
      return found;
    },
    save: async (country) => void saved.push(country),
  };
}

describe('ActivateCountryHandler', () => {
  const stored = () => Country.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date() });

  it('saves the country with CountryActivated raised', async () => {
    const country = stored();
    const repository = inMemory(country);
    await new ActivateCountryHandler(repository).execute(new ActivateCountry(country.id));
    expect(repository.saved).toEqual([country]);
    const [event] = country.pullEvents();
    expect(event).toBeInstanceOf(CountryActivated);
    expect(event.metadata.aggregateId).toBe(country.id);
  });

  it('refuses an unknown id with COUNTRY_NOT_FOUND and saves nothing', async () => {
    const repository = inMemory();
    await expect(new ActivateCountryHandler(repository).execute(new ActivateCountry('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({ code: 'COUNTRY_NOT_FOUND' });
    expect(repository.saved).toEqual([]);
  });
});
