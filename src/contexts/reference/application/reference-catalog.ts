/** The parts of the reference data that are cached, and forgotten, each as a whole. */
export const REFERENCE_RESOURCES = ['countries', 'currencies', 'languages', 'timezones', 'dataset'] as const;
export type ReferenceResource = (typeof REFERENCE_RESOURCES)[number];

// Entries are plain JSON (strings, not Dates) so they read the same from memory and from Redis.

export interface CountryEntry {
  alpha2: string;
  alpha3: string;
  numeric: string;
  name: string;
  officialName: string;
  currencies: readonly string[];
  callingCodes: readonly string[];
  region: string;
  subregion: string | null;
  active: boolean;
}

export interface CurrencyEntry {
  code: string;
  numeric: string;
  name: string;
  minorUnits: number | null;
  symbol: string | null;
  active: boolean;
}

export interface LanguageEntry {
  code: string;
  name: string;
  nativeName: string;
}

/** A zone as stored: no offset, which depends on the moment it is asked for. */
export interface TimezoneEntry {
  name: string;
  aliases: readonly string[];
  countryCode: string | null;
  countryName: string | null;
  mainCities: readonly string[];
}

export interface DatasetEntry {
  sources: ReadonlyArray<{ package: string; version: string; loadedAt: string }>;
  counts: { countries: number; currencies: number; languages: number; timezones: number };
}

export const REFERENCE_CATALOG = Symbol('ReferenceCatalog');

/**
 * The reference data as it is read: whole lists (each sorted by name) and single entries. Served from a
 * cache in front of the tables; what it answers is shared with other callers, so never change it.
 */
export interface ReferenceCatalog {
  countries(): Promise<readonly CountryEntry[]>;
  /** By alpha-2 or alpha-3 code, in upper case. */
  country(code: string): Promise<CountryEntry | undefined>;
  currencies(): Promise<readonly CurrencyEntry[]>;
  /** By ISO 4217 code, in upper case. */
  currency(code: string): Promise<CurrencyEntry | undefined>;
  languages(): Promise<readonly LanguageEntry[]>;
  /** By ISO 639-1 code, in lower case. */
  language(code: string): Promise<LanguageEntry | undefined>;
  timezones(): Promise<readonly TimezoneEntry[]>;
  /** By the zone's name or one of its aliases, in any case. */
  timezone(name: string): Promise<TimezoneEntry | undefined>;
  dataset(): Promise<DatasetEntry>;
  /** Drops what is cached of these resources: the next read loads them from the tables again. */
  forget(...resources: ReferenceResource[]): Promise<void>;
}
