import { euro, germany } from '../../domain/testing/reference.fixtures';
import { countryEntryOf, currencyEntryOf } from './entry-of-aggregate';

describe('entries of saved aggregates', () => {
  it('shows a country as the catalog does, its id as alpha2', () => {
    expect(countryEntryOf(germany({ active: false }))).toEqual({
      alpha2: 'DE',
      alpha3: 'DEU',
      numeric: '276',
      name: 'Germany',
      officialName: 'Federal Republic of Germany',
      currencies: ['EUR'],
      callingCodes: ['+49'],
      region: 'Europe',
      subregion: 'Western Europe',
      active: false,
    });
  });

  it('shows a currency as the catalog does, its id as code', () => {
    expect(currencyEntryOf(euro({ active: false }))).toEqual({
      code: 'EUR',
      numeric: '978',
      name: 'Euro',
      minorUnits: 2,
      symbol: '€',
      active: false,
    });
  });
});
