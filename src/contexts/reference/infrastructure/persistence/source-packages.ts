import { readFileSync } from 'node:fs';

/** The packages the reference tables are loaded from; a new version of any of them reloads the tables. */
export const SOURCE_PACKAGES = ['world-countries', 'currency-codes', 'currency-symbol-map', 'iso-639-1', '@vvo/tzdb'] as const;

/** The installed version of each source package, read from its package.json. */
export function installedVersions(): Record<string, string> {
  return Object.fromEntries(
    SOURCE_PACKAGES.map((name) => [name, (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version]),
  );
}
