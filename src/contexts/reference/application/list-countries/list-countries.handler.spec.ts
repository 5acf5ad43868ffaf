import { referenceCatalogFromSources } from '../../infrastructure/testing/reference-catalog-from-sources';
import { ListCountries } from './list-countries.query';
import { ListCountriesHandler } from './list-countries.handler';

describe('ListCountriesHandler', () => {
  const handler = new ListCountriesHandler(referenceCatalogFromSources());

  it('pages through all 249 countries by name, with the total', async () => {
    const first = await handler.execute(new ListCountries({}, 1, 100));
    expect(first).toMatchObject({ page: 1, limit: 100, total: 249 });
    expect(first.items).toHaveLength(100);
    expect(first.items[0].name).toBe('Afghanistan');
    const last = await handler.execute(new ListCountries({}, 3, 100));
    expect(last.items).toHaveLength(49);
    expect(last.items.at(-1)?.name).toBe('Zimbabwe');
  });

  it('answers an empty page past the last one, still with the real total', async () => {
    expect(await handler.execute(new ListCountries({}, 4, 100))).toEqual({ items: [], page: 4, limit: 100, total: 249 });
  });

  it('finds countries by part of the name or official name, or by a code, whatever the case and accents', async () => {
    const names = async (search: string) => (await handler.execute(new ListCountries({ search }, 1, 100))).items.map((c) => c.alpha2);
    expect(await names('GERM')).toEqual(['DE']);
    expect(await names('federal republic of g')).toEqual(['DE']);
    expect(await names('cote')).toEqual(['CI']);
    expect(await names('deu')).toContain('DE');
    expect(await names('no such country')).toEqual([]);
  });

  it('keeps only the region asked for, combined with the search', async () => {
    const europe = await handler.execute(new ListCountries({ region: 'Europe' }, 1, 100));
    expect(europe.total).toBeGreaterThan(40);
    expect(europe.items.every((country) => country.region === 'Europe')).toBe(true);
    const islands = await handler.execute(new ListCountries({ region: 'Europe', search: 'islands' }, 1, 100));
    expect(islands.items.map((country) => country.alpha2).sort()).toEqual(['AX', 'FO']);
  });
});
