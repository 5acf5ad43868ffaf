import { readFileSync } from 'node:fs';

/** The packages the reference tables are loaded from; a new version of any of them reloads the tables. */
export const SOURCE_PACKAGES = ['world-countries', 'currency-codes', 'currency-symbol-map', 'iso-639-1', '@vvo/tzdb'] as const;

/** The installed version of each source package, read from its package.json. */
export function installedVersions(): Record<string, string> {
  return Object.fromEntries(
    SOURCE_PACKAGES.map((name) => [
      name,
      (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version,
    ]),
  );
}

/**
 * The datasets row recording the version of the mapping from packages to rows (country-source.ts and the
 * others). Bump the version whenever the mapping changes what it writes, so existing databases reload too.
 * 2: calling codes from libphonenumber-js; a country's currencies limited to ISO 4217.
 */
export const REFERENCE_MAPPING = { source: 'promenade:reference-mapping', version: '2' } as const;

/** What the tables are loaded from: the installed source packages and the mapping version. */
export function seedVersions(): Record<string, string> {
  return { ...installedVersions(), [REFERENCE_MAPPING.source]: REFERENCE_MAPPING.version };
}
