import { referenceCatalogFromSources } from '../../infrastructure/testing/reference-catalog-from-sources';
import { GetCurrency } from './get-currency.query';
import { GetCurrencyHandler } from './get-currency.handler';

describe('GetCurrencyHandler', () => {
  const handler = new GetCurrencyHandler(referenceCatalogFromSources());

  it('finds a currency by its code, in any case', async () => {
    const euro = { code: 'EUR', numeric: '978', name: 'Euro', minorUnits: 2, symbol: '€', active: true };
    await expect(handler.execute(new GetCurrency('EUR'))).resolves.toEqual(euro);
    await expect(handler.execute(new GetCurrency('eur'))).resolves.toEqual(euro);
  });

  it('refuses an unknown code with CURRENCY_NOT_FOUND', async () => {
    await expect(handler.execute(new GetCurrency('XYZ'))).rejects.toMatchObject({ code: 'CURRENCY_NOT_FOUND' });
  });
});
