import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SessionPruner } from './session-pruner';

/** A data source whose DELETE reports `affected` rows, counting how often it ran. */
function dataSourceDeleting(affected: number | Error): { dataSource: DataSource; runs: () => number } {
  let runs = 0;
  const query = {
    delete: () => query,
    from: () => query,
    where: () => query,
    execute: async () => {
      runs += 1;
      if (affected instanceof Error) throw affected;
      return { affected, raw: [] };
    },
  };
  return { dataSource: { createQueryBuilder: () => query } as unknown as DataSource, runs: () => runs };
}

describe('SessionPruner', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('prunes shortly after start, then hourly, and stops at shutdown', async () => {
    const { dataSource, runs } = dataSourceDeleting(2);
    const pruner = new SessionPruner(dataSource);
    pruner.onApplicationBootstrap();
    expect(runs()).toBe(0);
    await jest.advanceTimersByTimeAsync(30_000);
    expect(runs()).toBe(1);
    await jest.advanceTimersByTimeAsync(60 * 60 * 1000);
    expect(runs()).toBe(2);
    pruner.onApplicationShutdown();
    await jest.advanceTimersByTimeAsync(3 * 60 * 60 * 1000);
    expect(runs()).toBe(2);
  });

  it('logs a failed run instead of crashing, and tries again at the next one', async () => {
    const { dataSource, runs } = dataSourceDeleting(new Error('connection refused'));
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const pruner = new SessionPruner(dataSource);
    pruner.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(30_000 + 60 * 60 * 1000);
    pruner.onApplicationShutdown();
    expect(runs()).toBe(2);
    expect(logged).toHaveBeenCalledWith('pruning sessions failed: connection refused');
  });
});
