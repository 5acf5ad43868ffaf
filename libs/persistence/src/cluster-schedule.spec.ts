import { Logger } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import { DataSource } from 'typeorm';
import { ClusterSchedule } from './cluster-schedule';

/** A database whose claim answers from `claims` in turn (true: this instance took the period), recording each claim's job. */
function databaseClaiming(...claims: Array<boolean | Error>): { dataSource: DataSource; claimedJobs: string[] } {
  const claimedJobs: string[] = [];
  const query = jest.fn(async (_sql: string, [job]: [string]) => {
    claimedJobs.push(job);
    const next = claims.length > 1 ? claims.shift()! : claims[0];
    if (next instanceof Error) throw next;
    return next ? [{ job }] : [];
  });
  return { dataSource: { query } as unknown as DataSource, claimedJobs };
}

function scheduleOn(dataSource: DataSource, role: AppConfig['PROCESS_ROLE'] = 'all'): ClusterSchedule {
  return new ClusterSchedule(dataSource, Object.assign(new AppConfig(), { PROCESS_ROLE: role }));
}

describe('ClusterSchedule', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('claims each period after the first delay and runs the job only for the periods this instance claimed', async () => {
    const { dataSource, claimedJobs } = databaseClaiming(true, false, true);
    const run = jest.fn(async () => undefined);
    const job = scheduleOn(dataSource).every({ name: 'prune things', everyMs: 60_000, firstAfterMs: 5_000, run });

    await jest.advanceTimersByTimeAsync(4_999);
    expect(claimedJobs).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(60_000); // another instance claimed this period
    expect(run).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(claimedJobs).toEqual(['prune things', 'prune things', 'prune things']);

    await job.stop();
    await jest.advanceTimersByTimeAsync(10 * 60_000);
    expect(claimedJobs).toHaveLength(3);
  });

  it('logs a failed claim or run and tries again the next period', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { dataSource } = databaseClaiming(new Error('connection refused'), true);
    const run = jest.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue(undefined);
    const job = scheduleOn(dataSource).every({ name: 'sweep', everyMs: 1_000, run });

    await jest.advanceTimersByTimeAsync(3_000);
    await job.stop();
    expect(logged).toHaveBeenCalledWith('sweep failed, trying again next period: connection refused');
    expect(logged).toHaveBeenCalledWith('sweep failed, trying again next period: disk full');
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('skips a tick while the previous run is still going, and stop waits for it', async () => {
    const { dataSource, claimedJobs } = databaseClaiming(true);
    let finish!: () => void;
    const run = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const job = scheduleOn(dataSource).every({ name: 'slow', everyMs: 1_000, run });

    await jest.advanceTimersByTimeAsync(5_000);
    expect(claimedJobs).toHaveLength(1);
    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs nothing in an api process: the workers do the recurring work', async () => {
    const { dataSource, claimedJobs } = databaseClaiming(true);
    const run = jest.fn(async () => undefined);
    scheduleOn(dataSource, 'api').every({ name: 'prune things', everyMs: 1_000, firstAfterMs: 0, run });

    await jest.advanceTimersByTimeAsync(10_000);
    expect(claimedJobs).toEqual([]);
    expect(run).not.toHaveBeenCalled();
  });
});
