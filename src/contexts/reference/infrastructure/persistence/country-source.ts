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

/**
 * ISO 3166-1 from `world-countries`. Entries without an ISO numeric code are not in ISO 3166-1
 * (Kosovo, XK), so they are left out: 249 countries.
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
      currencies: Object.keys(country.currencies ?? {}),
      callingCodes: callingCodesOf(country.idd),
      region: country.region,
      subregion: country.subregion || null,
    }));
}

/** The regions countries are grouped in ("Africa", "Americas", …), for filtering. */
export const COUNTRY_REGIONS: readonly string[] = [...new Set(countryRows().map((row) => row.region))].sort();

/**
 * The root followed by each suffix: "+4" and "9" make "+49". Plans shared by several countries list one
 * suffix per area ("+1" with "201", "202", …); they are all kept, as that is what tells the countries apart.
 */
function callingCodesOf(idd: SourceCountry['idd']): string[] {
  if (!idd?.root) return [];
  const suffixes = idd.suffixes ?? [];
  return suffixes.length === 0 ? [idd.root] : suffixes.map((suffix) => `${idd.root}${suffix}`);
}
