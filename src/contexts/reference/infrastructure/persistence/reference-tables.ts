import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CountryEntry, CurrencyEntry, DatasetEntry, LanguageEntry, TimezoneEntry } from '../../application/reference-catalog';
import { ReferenceLoader } from '../cache/cached-reference-catalog';
import { REFERENCE_MAPPING } from './source-packages';

// English collation in the process, not the database's, so "Åland Islands" sorts with the A's everywhere.
const collator = new Intl.Collator('en', { sensitivity: 'base' });
const byName = <T extends { name: string }>(a: T, b: T) => collator.compare(a.name, b.name);

/** Reads the reference tables whole, each sorted by name; what the cache loads on a miss. */
@Injectable()
export class ReferenceTables implements ReferenceLoader {
  constructor(private readonly dataSource: DataSource) {}

  async countries(): Promise<CountryEntry[]> {
    const rows: CountryEntry[] = await this.dataSource.query(
      `SELECT id AS "alpha2", alpha3, numeric, name, official_name AS "officialName", currencies, calling_codes AS "callingCodes",
              region, subregion, active
       FROM reference.countries`,
    );
    return rows.sort(byName);
  }

  async currencies(): Promise<CurrencyEntry[]> {
    const rows: CurrencyEntry[] = await this.dataSource.query(
      `SELECT id AS "code", numeric, name, minor_units AS "minorUnits", symbol, active FROM reference.currencies`,
    );
    return rows.sort(byName);
  }

  async languages(): Promise<LanguageEntry[]> {
    const rows: LanguageEntry[] = await this.dataSource.query(`SELECT code, name, native_name AS "nativeName" FROM reference.languages`);
    return rows.sort(byName);
  }

  async timezones(): Promise<TimezoneEntry[]> {
    const rows: TimezoneEntry[] = await this.dataSource.query(
      `SELECT name, aliases, country_code AS "countryCode", country_name AS "countryName", main_cities AS "mainCities" FROM reference.timezones`,
    );
    return rows.sort(byName);
  }

  async dataset(): Promise<DatasetEntry> {
    // The mapping's row is the seeder's bookkeeping, not a package the data come from.
    const sources: Array<{ package: string; version: string; loadedAt: Date }> = await this.dataSource.query(
      `SELECT source AS "package", version, loaded_at AS "loadedAt" FROM reference.datasets WHERE source <> $1 ORDER BY source`,
      [REFERENCE_MAPPING.source],
    );
    const [counts] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM reference.countries)::int AS countries, (SELECT count(*) FROM reference.currencies)::int AS currencies,
              (SELECT count(*) FROM reference.languages)::int AS languages, (SELECT count(*) FROM reference.timezones)::int AS timezones`,
    );
    return { sources: sources.map((source) => ({ ...source, loadedAt: source.loadedAt.toISOString() })), counts };
  }
}
