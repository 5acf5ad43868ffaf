import { Country } from '../../domain/country.aggregate';
import { CountryNotFound } from '../../domain/country.errors';
import { CountryRepository } from '../../domain/country.repository';
import { GetCountry } from './get-country.query';
import { GetCountryHandler } from './get-country.handler';

describe('GetCountryHandler', () => {
  const stored = Country.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date() });
  const repository: CountryRepository = {
    getById: async (id) => {
      if (id !== stored.id) throw new CountryNotFound(id);
      return stored;
    },
    save: async () => undefined,
  };
  const handler = new GetCountryHandler(repository);

  it('answers the stored country', async () => {
    await expect(handler.execute(new GetCountry(stored.id))).resolves.toBe(stored);
  });

  it('refuses an unknown id with COUNTRY_NOT_FOUND', async () => {
    await expect(handler.execute(new GetCountry('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({ code: 'COUNTRY_NOT_FOUND' });
  });
});
