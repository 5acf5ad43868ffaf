import {
  CountryEntry,
  CurrencyEntry,
  DatasetEntry,
  LanguageEntry,
  ReferenceCatalog,
  ReferenceResource,
  TimezoneEntry,
} from '../../application/reference-catalog';
import { ReferenceCache } from './reference-cache';

/** Where the catalog loads whole resources from on a cache miss: the tables. */
export interface ReferenceLoader {
  countries(): Promise<CountryEntry[]>;
  currencies(): Promise<CurrencyEntry[]>;
  languages(): Promise<LanguageEntry[]>;
  timezones(): Promise<TimezoneEntry[]>;
  dataset(): Promise<DatasetEntry>;
}

const ALL = 'all';

/**
 * Each resource is cached whole (one load from the tables per TTL), and each entry asked for by code
 * is cached under that code too, so a lookup reads one small value rather than the whole list (which
 * matters in Redis). A lookup the cache cannot answer is looked for in the cached list: an unknown code
 * never reaches the database.
 */
export class CachedReferenceCatalog implements ReferenceCatalog {
  constructor(
    private readonly tables: ReferenceLoader,
    private readonly cache: ReferenceCache,
  ) {}

  countries(): Promise<readonly CountryEntry[]> {
    return this.whole('countries', () => this.tables.countries());
  }

  country(code: string): Promise<CountryEntry | undefined> {
    return this.cache.remember('countries', `code:${code}`, async () =>
      (await this.countries()).find((country) => country.alpha2 === code || country.alpha3 === code),
    );
  }

  currencies(): Promise<readonly CurrencyEntry[]> {
    return this.whole('currencies', () => this.tables.currencies());
  }

  currency(code: string): Promise<CurrencyEntry | undefined> {
    return this.cache.remember('currencies', `code:${code}`, async () =>
      (await this.currencies()).find((currency) => currency.code === code),
    );
  }

  languages(): Promise<readonly LanguageEntry[]> {
    return this.whole('languages', () => this.tables.languages());
  }

  language(code: string): Promise<LanguageEntry | undefined> {
    return this.cache.remember('languages', `code:${code}`, async () =>
      (await this.languages()).find((language) => language.code === code),
    );
  }

  timezones(): Promise<readonly TimezoneEntry[]> {
    return this.whole('timezones', () => this.tables.timezones());
  }

  timezone(name: string): Promise<TimezoneEntry | undefined> {
    const wanted = name.toLowerCase();
    return this.cache.remember('timezones', `name:${wanted}`, async () =>
      (await this.timezones()).find((zone) => [zone.name, ...zone.aliases].some((known) => known.toLowerCase() === wanted)),
    );
  }

  dataset(): Promise<DatasetEntry> {
    return this.whole('dataset', () => this.tables.dataset());
  }

  async forget(...resources: ReferenceResource[]): Promise<void> {
    await Promise.all(resources.map((resource) => this.cache.forget(resource)));
  }

  private async whole<T>(resource: ReferenceResource, load: () => Promise<T>): Promise<T> {
    return (await this.cache.remember(resource, ALL, load)) as T;
  }
}
