import { CountryEntry, CurrencyEntry } from '../../application/reference-catalog';
import { Country } from '../../domain/country/country.aggregate';
import { Currency } from '../../domain/currency/currency.aggregate';

// An admin change answers the aggregate it just saved in the shape GET answers, rather than reading
// the catalog back: the cache forgets the old entry only once the change's event is handled.

export function countryEntryOf(country: Country): CountryEntry {
  const { alpha3, numeric, name, officialName, currencies, callingCodes, region, subregion, active } = country;
  return { alpha2: country.id, alpha3, numeric, name, officialName, currencies, callingCodes, region, subregion, active };
}

export function currencyEntryOf(currency: Currency): CurrencyEntry {
  const { numeric, name, minorUnits, symbol, active } = currency;
  return { code: currency.id, numeric, name, minorUnits, symbol, active };
}
