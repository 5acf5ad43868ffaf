import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { REFERENCE_CATALOG, REFERENCE_RESOURCES, ReferenceCatalog } from '../../application/reference-catalog';
import { CountryRow, countryRows } from './country-source';
import { CurrencyRow, currencyRows } from './currency-source';
import { LanguageRow, languageRows } from './language-source';
import { seedVersions } from './source-packages';
import { TimezoneRow, timezoneRows } from './timezone-source';

export interface ReferenceRows {
  countries: CountryRow[];
  currencies: CurrencyRow[];
  languages: LanguageRow[];
  timezones: TimezoneRow[];
}

export const REFERENCE_SEED_STORE = Symbol('ReferenceSeedStore');

/** What the seeder needs of the database. */
export interface ReferenceSeedStore {
  /** Runs `work` in one transaction, while no other instance seeds (two starting at once load once). */
  exclusively<T>(work: () => Promise<T>): Promise<T>;
  /** The version of each source package (and of the mapping) the tables were last loaded from. */
  loadedVersions(): Promise<Record<string, string>>;
  /**
   * Upserts every row, changing only rows whose data differ and never a country's or currency's `active`
   * flag or version; deletes the languages and time zones the sources no longer list.
   */
  write(rows: ReferenceRows): Promise<void>;
  /** Records these sources' versions, loaded now. */
  recordVersions(versions: Record<string, string>): Promise<void>;
}

/**
 * Loads the reference tables from the installed source packages at start, before the service takes
 * requests. It compares the versions recorded in reference.datasets with the installed ones and the
 * mapping's (REFERENCE_MAPPING), and loads only when one differs or is missing: a start with the same
 * packages and mapping writes nothing, and an upgraded package or a changed mapping is loaded on the next
 * start. What was cached from the older data is then forgotten.
 */
@Injectable()
export class ReferenceSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Reference');

  constructor(
    @Inject(REFERENCE_SEED_STORE) private readonly store: ReferenceSeedStore,
    @Inject(REFERENCE_CATALOG) private readonly catalog: ReferenceCatalog,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seed();
  }

  /** Answers the packages it loaded (none when the tables are current). */
  async seed(installed: Record<string, string> = seedVersions()): Promise<string[]> {
    const loaded = await this.store.exclusively(async () => {
      const recorded = await this.store.loadedVersions();
      const changed = Object.keys(installed).filter((name) => recorded[name] !== installed[name]);
      if (changed.length === 0) return [];
      await this.store.write({
        countries: countryRows(),
        currencies: currencyRows(),
        languages: languageRows(),
        timezones: timezoneRows(),
      });
      await this.store.recordVersions(Object.fromEntries(changed.map((name) => [name, installed[name]])));
      return changed;
    });
    if (loaded.length > 0) {
      // The data is committed: a cache that cannot be cleared now still expires with its TTL, so the start goes on.
      await this.catalog
        .forget(...REFERENCE_RESOURCES)
        .catch((error: Error) => this.logger.warn(`${error.message}; the older data is served as cached until its TTL runs out`));
      this.logger.log(`reference data loaded from ${loaded.map((name) => `${name}@${installed[name]}`).join(', ')}`);
    }
    return loaded;
  }
}
