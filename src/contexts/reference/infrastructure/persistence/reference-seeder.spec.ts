import { ReferenceCatalog } from '../../application/reference-catalog';
import { ReferenceRows, ReferenceSeeder, ReferenceSeedStore } from './reference-seeder';
import { REFERENCE_MAPPING, seedVersions, SOURCE_PACKAGES } from './source-packages';

/** A database of one: what was written, and the versions recorded. */
class FakeSeedStore implements ReferenceSeedStore {
  versions: Record<string, string> = {};
  writes: ReferenceRows[] = [];
  recorded: Array<Record<string, string>> = [];
  transactions = 0;

  async exclusively<T>(work: () => Promise<T>): Promise<T> {
    this.transactions++;
    return work();
  }

  async loadedVersions(): Promise<Record<string, string>> {
    return { ...this.versions };
  }

  async write(rows: ReferenceRows): Promise<void> {
    this.writes.push(rows);
  }

  async recordVersions(versions: Record<string, string>): Promise<void> {
    this.recorded.push(versions);
    Object.assign(this.versions, versions);
  }
}

describe('ReferenceSeeder', () => {
  let store: FakeSeedStore;
  let catalog: jest.Mocked<Pick<ReferenceCatalog, 'forget'>>;
  let seeder: ReferenceSeeder;

  beforeEach(() => {
    store = new FakeSeedStore();
    catalog = { forget: jest.fn(async () => undefined) };
    seeder = new ReferenceSeeder(store, catalog as unknown as ReferenceCatalog);
  });

  it("loads every source into empty tables, in one transaction, and records the installed versions and the mapping's", async () => {
    await expect(seeder.seed()).resolves.toEqual([...SOURCE_PACKAGES, REFERENCE_MAPPING.source]);
    expect(store.transactions).toBe(1);
    expect(store.writes).toHaveLength(1);
    const [rows] = store.writes;
    expect({ countries: rows.countries.length, languages: rows.languages.length, timezones: rows.timezones.length }).toEqual({
      countries: 249,
      languages: 183,
      timezones: 318,
    });
    expect(rows.currencies.find((currency) => currency.id === 'EUR')).toMatchObject({ minorUnits: 2 });
    expect(store.versions).toEqual(seedVersions());
    expect(store.versions[REFERENCE_MAPPING.source]).toBe(REFERENCE_MAPPING.version);
  });

  it('writes nothing on a second start with the same packages', async () => {
    await seeder.seed();
    await expect(seeder.seed()).resolves.toEqual([]);
    expect(store.writes).toHaveLength(1);
    expect(store.recorded).toHaveLength(1);
    expect(catalog.forget).toHaveBeenCalledTimes(1);
  });

  it('loads again when a package was upgraded, recording only that package', async () => {
    await seeder.seed();
    const upgraded = { ...seedVersions(), 'iso-639-1': '99.0.0' };
    await expect(seeder.seed(upgraded)).resolves.toEqual(['iso-639-1']);
    expect(store.writes).toHaveLength(2);
    expect(store.recorded[1]).toEqual({ 'iso-639-1': '99.0.0' });
  });

  it('forgets everything cached from the older data after loading, and nothing when it loaded nothing', async () => {
    await seeder.seed();
    expect(catalog.forget).toHaveBeenCalledWith('countries', 'currencies', 'languages', 'timezones', 'dataset');
    catalog.forget.mockClear();
    await seeder.seed();
    expect(catalog.forget).not.toHaveBeenCalled();
  });

  it('reloads when a recorded version is missing, e.g. a source package added since', async () => {
    await seeder.seed();
    delete store.versions['@vvo/tzdb'];
    await expect(seeder.seed()).resolves.toEqual(['@vvo/tzdb']);
  });

  it('loads again when the mapping changed though no package did, so a fixed mapping reaches an existing database', async () => {
    store.versions = { ...seedVersions(), [REFERENCE_MAPPING.source]: 'older' };
    await expect(seeder.seed()).resolves.toEqual([REFERENCE_MAPPING.source]);
    expect(store.writes).toHaveLength(1);
    expect(store.recorded).toEqual([{ [REFERENCE_MAPPING.source]: REFERENCE_MAPPING.version }]);
  });

  it('loads tables last loaded before the mapping was recorded', async () => {
    const { [REFERENCE_MAPPING.source]: _mapping, ...packagesOnly } = seedVersions();
    store.versions = packagesOnly;
    await expect(seeder.seed()).resolves.toEqual([REFERENCE_MAPPING.source]);
    expect(store.writes).toHaveLength(1);
  });
});
