import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { RedisConnection } from '@promenade/platform';
import { REFERENCE_CATALOG, ReferenceCatalog } from '../../src/contexts/reference/application/reference-catalog';
import { RedisReferenceCache } from '../../src/contexts/reference/infrastructure/cache/redis-reference-cache';
import { installedVersions, seedVersions } from '../../src/contexts/reference/infrastructure/persistence/source-packages';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { startTestApp, TestApp } from '../support/test-app';

const REDIS_URL = 'redis://127.0.0.1:6379';
const TABLES = { countries: 'id', currencies: 'id', languages: 'code', timezones: 'name', datasets: 'source' };

/** The seed and the cache on the real services: PostgreSQL for the tables, Redis for the cache. */
describe('Reference data on PostgreSQL and Redis', () => {
  const prefix = `it-${randomBytes(4).toString('hex')}`;
  const started: TestApp[] = [];
  let database: FreshDatabase;
  let redis: Redis;
  let a: TestApp;
  let b: TestApp;

  const start = async (): Promise<TestApp> => {
    const app = await startTestApp({ DATABASE_URL: database.url, MIGRATIONS_RUN: 'auto', REDIS_URL, EVENT_QUEUE_PREFIX: prefix });
    started.push(app);
    return app;
  };
  const sql = <T = any>(query: string, parameters: unknown[] = []): Promise<T[]> => a.app.get(DataSource).query(query, parameters);
  /** Each row's xmin (the transaction that last wrote it), per table: unchanged means not written. */
  const writes = async () =>
    Object.fromEntries(
      await Promise.all(
        Object.entries(TABLES).map(async ([table, key]) => [
          table,
          (await sql(`SELECT string_agg(xmin::text, ',' ORDER BY ${key}) AS x FROM reference.${table}`))[0].x,
        ]),
      ),
    );
  const getCountry = async (t: TestApp, code: string) => (await fetch(`${t.url}/api/v1/reference/countries/${code}`)).json();

  beforeAll(async () => {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    await redis.ping().catch((error: Error) => {
      throw new Error(`Redis is not reachable at ${REDIS_URL} (${error.message}); integration tests need it running`);
    });
    database = await createFreshDatabase();
    a = await start();
  });

  afterAll(async () => {
    for (const app of started) await app.close();
    await database?.drop();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('loads every source at the first start, recording the installed versions', async () => {
    const [counts] = await sql(
      `SELECT (SELECT count(*) FROM reference.countries)::int AS countries, (SELECT count(*) FROM reference.languages)::int AS languages,
              (SELECT count(*) FROM reference.timezones)::int AS timezones`,
    );
    expect(counts).toEqual({ countries: 249, languages: 183, timezones: 318 });
    const versions = await sql<{ source: string; version: string }>(`SELECT source, version FROM reference.datasets`);
    expect(Object.fromEntries(versions.map((row) => [row.source, row.version]))).toEqual(seedVersions());
    expect(await sql(`SELECT version, active FROM reference.currencies WHERE id = 'EUR'`)).toEqual([{ version: 1, active: true }]);
  });

  it('writes nothing when another instance starts on the same database with the same packages', async () => {
    const before = await writes();
    b = await start();
    expect(await writes()).toEqual(before);
  });

  it("reloads a source whose version changed at the next start, keeping administrators' changes and dropping what the source dropped", async () => {
    await sql(`UPDATE reference.datasets SET version = '0.0.1' WHERE source = 'world-countries'`);
    await sql(`UPDATE reference.countries SET name = 'Old Germany', active = false, version = 3 WHERE id = 'DE'`);
    await sql(`INSERT INTO reference.languages (code, name, native_name) VALUES ('qq', 'Withdrawn', 'Withdrawn')`);
    const [france] = await sql(`SELECT xmin::text FROM reference.countries WHERE id = 'FR'`);
    const loadedBefore = Object.fromEntries(
      (await sql(`SELECT source, loaded_at FROM reference.datasets`)).map((row) => [row.source, row.loaded_at.getTime()]),
    );

    await start();

    expect(await sql(`SELECT name, active, version FROM reference.countries WHERE id = 'DE'`)).toEqual([
      { name: 'Germany', active: false, version: 3 },
    ]);
    expect(await sql(`SELECT code FROM reference.languages WHERE code = 'qq'`)).toEqual([]);
    expect(await sql(`SELECT xmin::text FROM reference.countries WHERE id = 'FR'`)).toEqual([france]);
    const datasets = await sql(`SELECT source, version, loaded_at FROM reference.datasets`);
    const reloaded = datasets.filter((row) => row.loaded_at.getTime() !== loadedBefore[row.source]).map((row) => row.source);
    expect(reloaded).toEqual(['world-countries']);
    expect(datasets.find((row) => row.source === 'world-countries').version).toBe(installedVersions()['world-countries']);
  });

  it('caches reads in Redis under the deployment prefix, with the TTL, shared by every instance', async () => {
    expect(await getCountry(a, 'DE')).toMatchObject({ alpha2: 'DE', officialName: 'Federal Republic of Germany' });
    const key = `${prefix}:reference:v1:countries`;
    expect(await redis.type(key)).toBe('hash');
    expect(await redis.hexists(key, 'code:DE')).toBe(1);
    expect(JSON.parse((await redis.hget(key, 'all'))!)).toHaveLength(249);
    const ttl = await redis.pttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(3_600_000);

    // Changed behind the cache's back: the other instance, which never read it, still answers from Redis.
    await sql(`UPDATE reference.countries SET official_name = 'Changed behind the cache' WHERE id = 'DE'`);
    expect(await getCountry(b, 'de')).toMatchObject({ officialName: 'Federal Republic of Germany' });

    // Forgetting (what an administrator's change and a new load do) reaches every instance at once.
    await a.app.get<ReferenceCatalog>(REFERENCE_CATALOG).forget('countries');
    expect(await redis.exists(key)).toBe(0);
    expect(await getCountry(b, 'DE')).toMatchObject({ officialName: 'Changed behind the cache' });
  });

  it('drops a value loaded before a forget instead of writing it back after it (no stale entry until the TTL)', async () => {
    const key = `${prefix}:reference:v1:currencies`;
    const reader = new RedisReferenceCache(new RedisConnection(redis), prefix);
    await a.app.get<ReferenceCatalog>(REFERENCE_CATALOG).forget('currencies');

    // The reader loaded the old rows; an administrator's change is forgotten (by another instance) before it stores them.
    const stale = await reader.remember('currencies', 'all', async () => {
      await a.app.get<ReferenceCatalog>(REFERENCE_CATALOG).forget('currencies');
      return [{ code: 'EUR', active: true }];
    });
    expect(stale).toEqual([{ code: 'EUR', active: true }]); // answered to its own request, but not kept
    expect(await redis.exists(key)).toBe(0);

    // A load that no forget overtook is kept as usual.
    await reader.remember('currencies', 'all', async () => [{ code: 'EUR', active: false }]);
    expect(JSON.parse((await redis.hget(key, 'all'))!)).toEqual([{ code: 'EUR', active: false }]);
  });
});
