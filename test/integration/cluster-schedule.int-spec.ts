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

  it('grants a period to exactly one of many simultaneous claims, round after round', async () => {
    // A period of a day, a job of its own per round: every claim of a round falls in the same period however slow the machine.
    const everyMs = 24 * 60 * 60_000;
    const winsPerRound: number[] = [];
    for (let round = 0; round < 5; round++) {
      const claims = await Promise.all(instances.flatMap((instance) => [1, 2, 3].map(() => instance.claim(`race ${round}`, everyMs))));
      winsPerRound.push(claims.filter(Boolean).length);
    }
    expect(winsPerRound).toEqual([1, 1, 1, 1, 1]);
  });

  it('grants the next period again, once', async () => {
    const everyMs = 1_000;
    // Right after a boundary, so the first round's claims share a period; the second round comes a period later.
    await new Promise((resolve) => setTimeout(resolve, everyMs - (Date.now() % everyMs) + 20));
    const first = await Promise.all(instances.map((instance) => instance.claim('next period', everyMs)));
    await new Promise((resolve) => setTimeout(resolve, everyMs + 50));
    const second = await Promise.all(instances.map((instance) => instance.claim('next period', everyMs)));
    expect([first.filter(Boolean).length, second.filter(Boolean).length]).toEqual([1, 1]);
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
