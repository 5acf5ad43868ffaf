import { CountryActivated } from '../../domain/events/country-activated.event';
import { CountryAlreadyActive } from '../../domain/country/country.errors';
import { germany } from '../../domain/testing/reference.fixtures';
import { InMemoryCountryRepository } from '../testing/in-memory-country.repository';
import { ActivateCountry } from './activate-country.command';
import { ActivateCountryHandler } from './activate-country.handler';

describe('ActivateCountryHandler', () => {
  let countryStore: InMemoryCountryRepository;
  let handler: ActivateCountryHandler;

  beforeEach(() => {
    countryStore = new InMemoryCountryRepository(germany({ active: false }));
    handler = new ActivateCountryHandler(countryStore);
  });

  it('saves the country as active: true, publishes CountryActivated with the code, and answers the saved country', async () => {
    const answered = await handler.execute(new ActivateCountry('DE'));

    expect(answered).toMatchObject({ id: 'DE', active: true, version: 2 });
    expect(await countryStore.getById('DE')).toMatchObject({ active: true, version: 2 });
    expect(countryStore.published).toHaveLength(1);
    expect(countryStore.published[0]).toBeInstanceOf(CountryActivated);
    expect((countryStore.published[0] as CountryActivated).payload).toEqual({ code: 'DE' });
  });

  it('refuses a second time with COUNTRY_ALREADY_ACTIVE and leaves the country as it was', async () => {
    await handler.execute(new ActivateCountry('DE'));

    const attempt = handler.execute(new ActivateCountry('DE'));

    await expect(attempt).rejects.toBeInstanceOf(CountryAlreadyActive);
    await expect(attempt).rejects.toMatchObject({ code: 'COUNTRY_ALREADY_ACTIVE', kind: 'conflict' });
    expect(await countryStore.getById('DE')).toMatchObject({ active: true, version: 2 });
    expect(countryStore.published).toHaveLength(1);
  });

  it('refuses an unknown code with COUNTRY_NOT_FOUND and publishes nothing', async () => {
    await expect(handler.execute(new ActivateCountry('ZZ'))).rejects.toMatchObject({ code: 'COUNTRY_NOT_FOUND', kind: 'not_found' });
    expect(countryStore.published).toEqual([]);
  });

  it('finds the country by its alpha-3 code too, and still publishes the alpha-2 code', async () => {
    const answered = await handler.execute(new ActivateCountry('DEU'));

    expect(answered.id).toBe('DE');
    expect(countryStore.published[0].payload).toEqual({ code: 'DE' });
  });
});
