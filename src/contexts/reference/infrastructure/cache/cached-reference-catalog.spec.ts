import { CountryEntry, CurrencyEntry, LanguageEntry, TimezoneEntry } from '../../application/reference-catalog';
import { CachedReferenceCatalog, ReferenceLoader } from './cached-reference-catalog';
import { MemoryReferenceCache } from './memory-reference-cache';

const germany: CountryEntry = {
  alpha2: 'DE',
  alpha3: 'DEU',
  numeric: '276',
  name: 'Germany',
  officialName: 'Federal Republic of Germany',
  currencies: ['EUR'],
  callingCodes: ['+49'],
  region: 'Europe',
  subregion: 'Western Europe',
  active: true,
};
const euro: CurrencyEntry = { code: 'EUR', numeric: '978', name: 'Euro', minorUnits: 2, symbol: '€', active: true };
const german: LanguageEntry = { code: 'de', name: 'German', nativeName: 'Deutsch' };
const kyiv: TimezoneEntry = {
  name: 'Europe/Kyiv',
  aliases: ['Europe/Kiev'],
  countryCode: 'UA',
  countryName: 'Ukraine',
  mainCities: ['Kyiv'],
};

describe('CachedReferenceCatalog', () => {
  let tables: jest.Mocked<ReferenceLoader>;
  let catalog: CachedReferenceCatalog;

  beforeEach(() => {
    tables = {
      countries: jest.fn(async () => [germany]),
      currencies: jest.fn(async () => [euro]),
      languages: jest.fn(async () => [german]),
      timezones: jest.fn(async () => [kyiv]),
      dataset: jest.fn(async () => ({ sources: [], counts: { countries: 1, currencies: 1, languages: 1, timezones: 1 } })),
    };
    catalog = new CachedReferenceCatalog(tables, new MemoryReferenceCache());
  });

  it('finds a country by its alpha-2 or alpha-3 code, loading the table once', async () => {
    await expect(catalog.country('DE')).resolves.toBe(germany);
    await expect(catalog.country('DEU')).resolves.toBe(germany);
    await expect(catalog.countries()).resolves.toEqual([germany]);
    expect(tables.countries).toHaveBeenCalledTimes(1);
  });

  it('answers an unknown code from the cached list, without going back to the table', async () => {
    await catalog.countries();
    await expect(catalog.country('XX')).resolves.toBeUndefined();
    await expect(catalog.currency('XYZ')).resolves.toBeUndefined();
    await expect(catalog.language('xx')).resolves.toBeUndefined();
    expect(tables.countries).toHaveBeenCalledTimes(1);
  });

  it('finds currencies and languages by code', async () => {
    await expect(catalog.currency('EUR')).resolves.toBe(euro);
    await expect(catalog.language('de')).resolves.toBe(german);
  });

  it('finds a time zone by its name or an alias, in any case', async () => {
    await expect(catalog.timezone('Europe/Kyiv')).resolves.toBe(kyiv);
    await expect(catalog.timezone('europe/kiev')).resolves.toBe(kyiv);
    await expect(catalog.timezone('Europe/Paris')).resolves.toBeUndefined();
  });

  it('loads a forgotten resource again, and keeps the others', async () => {
    await catalog.countries();
    await catalog.currencies();
    await catalog.forget('countries', 'dataset');
    await catalog.countries();
    await catalog.currencies();
    expect(tables.countries).toHaveBeenCalledTimes(2);
    expect(tables.currencies).toHaveBeenCalledTimes(1);
  });
});
