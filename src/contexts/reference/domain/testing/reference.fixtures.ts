import { Country, CountryState } from '../country/country.aggregate';
import { Currency, CurrencyState } from '../currency/currency.aggregate';

/** Germany as the seed stores it, active; override what a test needs. */
export function germany(overrides: Partial<CountryState> = {}): Country {
  return Country.restore({
    id: 'DE',
    version: 1,
    alpha3: 'DEU',
    numeric: '276',
    name: 'Germany',
    officialName: 'Federal Republic of Germany',
    currencies: ['EUR'],
    callingCodes: ['+49'],
    region: 'Europe',
    subregion: 'Western Europe',
    active: true,
    ...overrides,
  });
}

/** The euro as the seed stores it, active; override what a test needs. */
export function euro(overrides: Partial<CurrencyState> = {}): Currency {
  return Currency.restore({ id: 'EUR', version: 1, numeric: '978', name: 'Euro', minorUnits: 2, symbol: '€', active: true, ...overrides });
}
