import { codes } from 'currency-codes';
import { referenceCatalogFromSources } from '../../infrastructure/testing/reference-catalog-from-sources';
import { ListCurrencies } from './list-currencies.query';
import { ListCurrenciesHandler } from './list-currencies.handler';

describe('ListCurrenciesHandler', () => {
  const handler = new ListCurrenciesHandler(referenceCatalogFromSources());

  it('lists every ISO 4217 currency, by name', async () => {
    const all = await handler.execute(new ListCurrencies());
    expect(all).toHaveLength(codes().length);
    expect(all.map((currency) => currency.name)).toEqual(
      [...all.map((currency) => currency.name)].sort((a, b) => a.localeCompare(b, 'en')),
    );
  });

  it('finds currencies by part of the code or name, in any case', async () => {
    expect((await handler.execute(new ListCurrencies('eur'))).map((currency) => currency.code)).toContain('EUR');
    expect((await handler.execute(new ListCurrencies('YEN'))).map((currency) => currency.code)).toEqual(['JPY']);
  });
});
