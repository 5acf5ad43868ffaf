import { DataSource, EntityManager } from 'typeorm';
import { TransactionEventSink } from './transaction-event-sink';
import { UnitOfWork } from './unit-of-work';

/** A DataSource whose transaction commits (or fails, as a rollback would surface) once `work` has run. */
function dataSource(commit: 'commits' | 'rolls back', log: string[]): DataSource {
  return {
    transaction: async (work: (manager: EntityManager) => Promise<unknown>) => {
      const value = await work({} as EntityManager);
      if (commit === 'rolls back') throw new Error('rolled back');
      log.push('commit');
      return value;
    },
  } as unknown as DataSource;
}

const sink: TransactionEventSink = { append: async () => undefined, committed: () => undefined };

describe('UnitOfWork.afterCommit', () => {
  it('runs the callbacks once the transaction has committed, in order', async () => {
    const log: string[] = [];
    const uow = new UnitOfWork(dataSource('commits', log), sink);
    await uow.run(async () => {
      uow.afterCommit(() => log.push('first'));
      uow.afterCommit(() => log.push('second'));
      log.push('work');
    });
    expect(log).toEqual(['work', 'commit', 'first', 'second']);
  });

  it('never runs them when the transaction rolls back', async () => {
    const log: string[] = [];
    const uow = new UnitOfWork(dataSource('rolls back', log), sink);
    await expect(uow.run(async () => uow.afterCommit(() => log.push('forgotten')))).rejects.toThrow('rolled back');
    expect(log).toEqual([]);
  });

  it('runs a callback registered outside a unit of work at once', () => {
    const log: string[] = [];
    new UnitOfWork(dataSource('commits', log), sink).afterCommit(() => log.push('now'));
    expect(log).toEqual(['now']);
  });

  it('waits for the outermost unit of work when one is joined', async () => {
    const log: string[] = [];
    const uow = new UnitOfWork(dataSource('commits', log), sink);
    await uow.run(async () => {
      await uow.run(async () => uow.afterCommit(() => log.push('joined')));
      log.push('outer work');
    });
    expect(log).toEqual(['outer work', 'commit', 'joined']);
  });

  it('answers the committed work’s result when a callback throws, and still runs the others', async () => {
    const log: string[] = [];
    const uow = new UnitOfWork(dataSource('commits', log), sink);
    const result = await uow.run(async () => {
      uow.afterCommit(() => {
        throw new Error('cache unavailable');
      });
      uow.afterCommit(() => log.push('second'));
      return 'done';
    });
    expect(result).toBe('done');
    expect(log).toEqual(['commit', 'second']);
  });
});
