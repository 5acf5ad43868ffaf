import { AppConfig } from '@promenade/config';
import { ClusterSchedule } from '@promenade/persistence';
import { DataSource } from 'typeorm';
import { RepositoryDatabase } from '../support/repository-database';

/**
 * Instances racing for the same period of a recurring job, each on its own connection pool as separate processes would be:
 * exactly one claim wins per period, whatever the number of instances and however close together they tick.
 */
describe('ClusterSchedule on real PostgreSQL', () => {
  let database: RepositoryDatabase;
  const pools: DataSource[] = [];
  let instances: ClusterSchedule[];

  beforeAll(async () => {
    database = await RepositoryDatabase.open([]);
    const config = new AppConfig();
    for (let n = 0; n < 4; n++) {
      pools.push(
        await new DataSource({
          type: 'postgres',
          url: (database.dataSource.options as { url: string }).url,
          extra: { max: 3 },
        }).initialize(),
      );
    }
    instances = pools.map((pool) => new ClusterSchedule(pool, config));
  });

  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.destroy()));
    await database?.close();
  });

  it('grants each period to exactly one of many simultaneous claims', async () => {
    const periodMs = 1_500;
    const winsPerPeriod: number[] = [];
    for (let period = 0; period < 3; period++) {
      // Start right after a period boundary, so every claim of a round falls in the same period.
      await new Promise((resolve) => setTimeout(resolve, periodMs - (Date.now() % periodMs) + 50));
      const claims = await Promise.all(instances.flatMap((instance) => [1, 2, 3].map(() => instance.claim('race', periodMs))));
      winsPerPeriod.push(claims.filter(Boolean).length);
    }
    expect(winsPerPeriod).toEqual([1, 1, 1]);
  });

  it('keeps separate jobs apart, and refuses a period already claimed', async () => {
    const everyMs = 60 * 60_000;
    const [a, b] = instances;
    const first = await Promise.all([a.claim('prune sessions', everyMs), b.claim('prune outbox', everyMs)]);
    expect(first).toEqual([true, true]);
    expect(await Promise.all([b.claim('prune sessions', everyMs), a.claim('prune outbox', everyMs)])).toEqual([false, false]);
    const rows: Array<{ job: string }> = await database.dataSource.query(
      `SELECT job FROM platform.scheduled_runs WHERE job LIKE 'prune %' ORDER BY job`,
    );
    expect(rows.map((row) => row.job)).toEqual(['prune outbox', 'prune sessions']);
  });
});
