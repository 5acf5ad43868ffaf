import { CachedReferenceCatalog } from '../cache/cached-reference-catalog';
import { MemoryReferenceCache } from '../cache/memory-reference-cache';
import { countryRows } from '../persistence/country-source';
import { currencyRows } from '../persistence/currency-source';
import { languageRows } from '../persistence/language-source';
import { installedVersions } from '../persistence/source-packages';
import { timezoneRows } from '../persistence/timezone-source';
import { ReferenceCatalog } from '../../application/reference-catalog';

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'en');

/** The catalog as freshly seeded tables serve it (every country and currency active), without a database. */
export function referenceCatalogFromSources(): ReferenceCatalog {
  const countries = countryRows()
    .map(({ id, ...country }) => ({ alpha2: id, ...country, active: true }))
    .sort(byName);
  const currencies = currencyRows()
    .map(({ id, ...currency }) => ({ code: id, ...currency, active: true }))
    .sort(byName);
  const languages = languageRows().sort(byName);
  const timezones = timezoneRows().sort(byName);
  const loadedAt = '2026-01-01T00:00:00.000Z';
  return new CachedReferenceCatalog(
    {
      countries: async () => countries,
      currencies: async () => currencies,
      languages: async () => languages,
      timezones: async () => timezones,
      dataset: async () => ({
        sources: Object.entries(installedVersions()).map(([name, version]) => ({ package: name, version, loadedAt })),
        counts: { countries: countries.length, currencies: currencies.length, languages: languages.length, timezones: timezones.length },
      }),
    },
    new MemoryReferenceCache(),
  );
}
