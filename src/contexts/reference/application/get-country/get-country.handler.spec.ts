import { referenceCatalogFromSources } from '../../infrastructure/testing/reference-catalog-from-sources';
import { GetCountry } from './get-country.query';
import { GetCountryHandler } from './get-country.handler';

describe('GetCountryHandler', () => {
  const handler = new GetCountryHandler(referenceCatalogFromSources());

  it('finds a country by its alpha-2 or alpha-3 code, in any case', async () => {
    for (const code of ['DE', 'de', 'DEU', 'deu', 'dEu']) {
      await expect(handler.execute(new GetCountry(code))).resolves.toMatchObject({
        alpha2: 'DE',
        alpha3: 'DEU',
        numeric: '276',
        currencies: ['EUR'],
        callingCodes: ['+49'],
      });
    }
  });

  it('refuses an unknown code with COUNTRY_NOT_FOUND', async () => {
    await expect(handler.execute(new GetCountry('XX'))).rejects.toMatchObject({ code: 'COUNTRY_NOT_FOUND' });
    await expect(handler.execute(new GetCountry('XKX'))).rejects.toMatchObject({ code: 'COUNTRY_NOT_FOUND' });
  });
});
