import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@promenade/persistence';
import { ReferenceRows, ReferenceSeedStore } from './reference-seeder';

/** `($1, $2::text[]), ($3, $4::text[])` for rows of values, each column with its cast, and the flat parameters. */
function valuesList(rows: unknown[][], casts: string[]): { sql: string; parameters: unknown[] } {
  const parameters: unknown[] = [];
  const tuples = rows.map((row) => `(${row.map((value, column) => `$${parameters.push(value)}${casts[column]}`).join(', ')})`);
  return { sql: tuples.join(',\n'), parameters };
}

const quoted = (columns: string[]) => columns.map((column) => `"${column}"`).join(', ');

/** `SET a = EXCLUDED.a, …` (and any `extra` assignments) with the guard that skips rows whose data are unchanged. */
function updateChanged(table: string, columns: string[], extra: string[] = []): string {
  const set = [...columns.map((column) => `"${column}" = EXCLUDED."${column}"`), ...extra].join(', ');
  const current = columns.map((column) => `${table}."${column}"`).join(', ');
  const incoming = columns.map((column) => `EXCLUDED."${column}"`).join(', ');
  return `DO UPDATE SET ${set} WHERE (${current}) IS DISTINCT FROM (${incoming})`;
}

// The aggregates' `active` flag and `version` belong to their commands: the seeder never names them (`updated_at` moves when data change).
const COUNTRY_COLUMNS = ['alpha3', 'numeric', 'name', 'official_name', 'currencies', 'calling_codes', 'region', 'subregion'];
const CURRENCY_COLUMNS = ['numeric', 'name', 'minor_units', 'symbol'];

/** The seeder's SQL, in the transaction of the unit of work. */
@Injectable()
export class ReferenceSeedTypeOrmStore implements ReferenceSeedStore {
  constructor(private readonly uow: UnitOfWork) {}

  exclusively<T>(work: () => Promise<T>): Promise<T> {
    return this.uow.run(async () => {
      // Held until the transaction ends; a second instance starting at the same time waits, then finds the versions current.
      await this.query(`SELECT pg_advisory_xact_lock(hashtext('promenade:reference-seed'))`);
      return work();
    });
  }

  async loadedVersions(): Promise<Record<string, string>> {
    const rows: Array<{ source: string; version: string }> = await this.query(`SELECT source, version FROM reference.datasets`);
    return Object.fromEntries(rows.map((row) => [row.source, row.version]));
  }

  async write({ countries, currencies, languages, timezones }: ReferenceRows): Promise<void> {
    const countryValues = valuesList(
      countries.map((c) => [c.id, c.alpha3, c.numeric, c.name, c.officialName, c.currencies, c.callingCodes, c.region, c.subregion]),
      ['', '', '', '', '', '::text[]', '::text[]', '', ''],
    );
    await this.query(
      `INSERT INTO reference.countries AS existing (id, ${quoted(COUNTRY_COLUMNS)}) VALUES ${countryValues.sql}
       ON CONFLICT (id) ${updateChanged('existing', COUNTRY_COLUMNS, ['updated_at = now()'])}`,
      countryValues.parameters,
    );
    const currencyValues = valuesList(
      currencies.map((c) => [c.id, c.numeric, c.name, c.minorUnits, c.symbol]),
      ['', '', '', '::integer', ''],
    );
    await this.query(
      `INSERT INTO reference.currencies AS existing (id, ${quoted(CURRENCY_COLUMNS)}) VALUES ${currencyValues.sql}
       ON CONFLICT (id) ${updateChanged('existing', CURRENCY_COLUMNS, ['updated_at = now()'])}`,
      currencyValues.parameters,
    );
    const languageValues = valuesList(
      languages.map((l) => [l.code, l.name, l.nativeName]),
      ['', '', ''],
    );
    await this.query(
      `INSERT INTO reference.languages AS existing (code, name, native_name) VALUES ${languageValues.sql}
       ON CONFLICT (code) ${updateChanged('existing', ['name', 'native_name'])}`,
      languageValues.parameters,
    );
    await this.query(`DELETE FROM reference.languages WHERE code <> ALL($1::text[])`, [languages.map((l) => l.code)]);
    const timezoneValues = valuesList(
      timezones.map((z) => [z.name, z.aliases, z.countryCode, z.countryName, z.mainCities]),
      ['', '::text[]', '', '', '::text[]'],
    );
    await this.query(
      `INSERT INTO reference.timezones AS existing (name, aliases, country_code, country_name, main_cities) VALUES ${timezoneValues.sql}
       ON CONFLICT (name) ${updateChanged('existing', ['aliases', 'country_code', 'country_name', 'main_cities'])}`,
      timezoneValues.parameters,
    );
    await this.query(`DELETE FROM reference.timezones WHERE name <> ALL($1::text[])`, [timezones.map((z) => z.name)]);
  }

  async recordVersions(versions: Record<string, string>): Promise<void> {
    const values = valuesList(Object.entries(versions), ['', '']);
    await this.query(
      `INSERT INTO reference.datasets (source, version) VALUES ${values.sql}
       ON CONFLICT (source) DO UPDATE SET version = EXCLUDED.version, loaded_at = now()`,
      values.parameters,
    );
  }

  private query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T> {
    return this.uow.manager.query(sql, parameters) as Promise<T>;
  }
}
