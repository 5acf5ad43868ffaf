import { CountryDeactivated } from '../../domain/events/country-deactivated.event';
import { CountryAlreadyInactive } from '../../domain/country/country.errors';
import { germany } from '../../domain/testing/reference.fixtures';
import { InMemoryCountryRepository } from '../testing/in-memory-country.repository';
import { DeactivateCountry } from './deactivate-country.command';
import { DeactivateCountryHandler } from './deactivate-country.handler';

describe('DeactivateCountryHandler', () => {
  let countryStore: InMemoryCountryRepository;
  let handler: DeactivateCountryHandler;

  beforeEach(() => {
    countryStore = new InMemoryCountryRepository(germany({ active: true }));
    handler = new DeactivateCountryHandler(countryStore);
  });

  it('saves the country as active: false, publishes CountryDeactivated with the code, and answers the saved country', async () => {
    const answered = await handler.execute(new DeactivateCountry('DE'));

    expect(answered).toMatchObject({ id: 'DE', active: false, version: 2 });
    expect(await countryStore.getById('DE')).toMatchObject({ active: false, version: 2 });
    expect(countryStore.published).toHaveLength(1);
    expect(countryStore.published[0]).toBeInstanceOf(CountryDeactivated);
    expect((countryStore.published[0] as CountryDeactivated).payload).toEqual({ code: 'DE' });
  });

  it('refuses a second time with COUNTRY_ALREADY_INACTIVE and leaves the country as it was', async () => {
    await handler.execute(new DeactivateCountry('DE'));

    const attempt = handler.execute(new DeactivateCountry('DE'));

    await expect(attempt).rejects.toBeInstanceOf(CountryAlreadyInactive);
    await expect(attempt).rejects.toMatchObject({ code: 'COUNTRY_ALREADY_INACTIVE', kind: 'conflict' });
    expect(await countryStore.getById('DE')).toMatchObject({ active: false, version: 2 });
    expect(countryStore.published).toHaveLength(1);
  });

  it('refuses an unknown code with COUNTRY_NOT_FOUND and publishes nothing', async () => {
    await expect(handler.execute(new DeactivateCountry('ZZ'))).rejects.toMatchObject({ code: 'COUNTRY_NOT_FOUND', kind: 'not_found' });
    expect(countryStore.published).toEqual([]);
  });

  it('finds the country by its alpha-3 code too, and still publishes the alpha-2 code', async () => {
    const answered = await handler.execute(new DeactivateCountry('DEU'));

    expect(answered.id).toBe('DE');
    expect(countryStore.published[0].payload).toEqual({ code: 'DE' });
  });
});
