import { ClusterSchedule, ScheduledJobOptions } from '@promenade/persistence';
import { DataSource } from 'typeorm';
import { SessionPruner } from './session-pruner';

/** A data source whose DELETE reports `affected` rows, keeping the condition it was given. */
function dataSourceDeleting(affected: number | undefined): { dataSource: DataSource; conditions: string[] } {
  const conditions: string[] = [];
  const query = {
    delete: () => query,
    from: () => query,
    where: (condition: string) => {
      conditions.push(condition);
      return query;
    },
    execute: async () => ({ affected, raw: [] }),
  };
  return { dataSource: { createQueryBuilder: () => query } as unknown as DataSource, conditions };
}

describe('SessionPruner', () => {
  it('deletes the sessions whose refresh token has expired and answers how many went', async () => {
    const { dataSource, conditions } = dataSourceDeleting(3);
    expect(await new SessionPruner(dataSource).prune()).toBe(3);
    expect(conditions).toEqual(['token_expires_at < now()']);
    expect(await new SessionPruner(dataSourceDeleting(undefined).dataSource).prune()).toBe(0);
  });

  it('prunes hourly through the cluster schedule, first 30 s after start, and stops its job at shutdown', async () => {
    const stop = jest.fn(async () => undefined);
    const every = jest.fn((_options: ScheduledJobOptions) => ({ stop }));
    const pruner = new SessionPruner(dataSourceDeleting(1).dataSource);
    Object.assign(pruner, { schedule: { every } as unknown as ClusterSchedule });

    pruner.onApplicationBootstrap();
    expect(every).toHaveBeenCalledWith(expect.objectContaining({ name: 'prune sessions', everyMs: 3_600_000, firstAfterMs: 30_000 }));
    await pruner.onApplicationShutdown();
    expect(stop).toHaveBeenCalledTimes(1);
  });
});
