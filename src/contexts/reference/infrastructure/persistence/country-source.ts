import { data as iso4217 } from 'currency-codes';
import { CountryCode, getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js/max';
import worldCountries, { Country as SourceCountry } from 'world-countries';

/** A row of reference.countries as the seeder writes it (`active` and `version` are never its to write). */
export interface CountryRow {
  id: string;
  alpha3: string;
  numeric: string;
  name: string;
  officialName: string;
  currencies: string[];
  callingCodes: string[];
  region: string;
  subregion: string | null;
}

// world-countries also lists local issues and withdrawn codes (GGP, FOK, SLL, ZWB, …) that ISO 4217 does not.
const ISO_4217_CODES = new Set(iso4217.map((currency) => currency.code));

// world-countries gives UM Eswatini's +268; the outlying islands have no calling code of their own.
const WITHOUT_CALLING_CODE = new Set(['UM']);

/**
 * ISO 3166-1 from `world-countries`. Entries without an ISO numeric code are not in ISO 3166-1
 * (Kosovo, XK), so they are left out: 249 countries. Calling codes come from libphonenumber-js, and
 * currencies are limited to the ISO 4217 codes /currencies serves.
 */
export function countryRows(source: readonly SourceCountry[] = worldCountries): CountryRow[] {
  return source
    .filter((country) => /^\d{3}$/.test(country.ccn3))
    .map((country) => ({
      id: country.cca2,
      alpha3: country.cca3,
      numeric: country.ccn3,
      name: country.name.common,
      officialName: country.name.official,
      currencies: Object.keys(country.currencies ?? {}).filter((code) => ISO_4217_CODES.has(code)),
      callingCodes: callingCodesOf(country),
      region: country.region,
      subregion: country.subregion || null,
    }));
}

/** The regions countries are grouped in ("Africa", "Americas", …), for filtering. */
export const COUNTRY_REGIONS: readonly string[] = [...new Set(countryRows().map((row) => row.region))].sort();

/**
 * The country calling code libphonenumber-js dials the country with: "+7" for Russia and Kazakhstan, "+1"
 * for the US and every other NANP country, "+39" for the Vatican. world-countries splits codes into root
 * and suffixes, which for shared plans are area codes or national prefixes ("+7" + "3"…"9", "+1" + 380
 * US area codes), so it is used only for the few it alone knows (TF +262, BV +47, PN +64, GS +500).
 */
function callingCodesOf(country: SourceCountry): string[] {
  if (WITHOUT_CALLING_CODE.has(country.cca2)) return [];
  if (isSupportedCountry(country.cca2)) return [`+${getCountryCallingCode(country.cca2 as CountryCode)}`];
  const { root, suffixes = [] } = country.idd ?? {};
  if (!root) return [];
  // One suffix completes the code ("+2" + "62"); several are areas within it (NANP-like), so the root alone.
  return suffixes.length === 1 ? [`${root}${suffixes[0]}`] : [root];
}
