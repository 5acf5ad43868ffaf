import { AppConfig } from '@promenade/config';
import { DataSource } from 'typeorm';
import { OutboxSignal } from './outbox-signal';

/** A database whose NOTIFYs stay in flight until `answer` is called; `sent` counts them. */
function databaseNotifying(): { dataSource: DataSource; sent: () => number; answer: (error?: Error) => void } {
  const pending: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  const query = jest.fn((sql: string) => {
    expect(sql).toBe(`SELECT pg_notify('messaging_outbox', '')`);
    return new Promise<void>((resolve, reject) => pending.push({ resolve, reject }));
  });
  return {
    dataSource: { query } as unknown as DataSource,
    sent: () => query.mock.calls.length,
    answer: (error) => {
      const next = pending.shift()!;
      if (error) next.reject(error);
      else next.resolve();
    },
  };
}

const withDatabaseUrl = (url: string | undefined) => Object.assign(new AppConfig(), { DATABASE_URL: url });

describe('OutboxSignal', () => {
  it('sends one NOTIFY per commit, and folds the commits made while one is in flight into a single next one', async () => {
    const { dataSource, sent, answer } = databaseNotifying();
    const signal = new OutboxSignal(withDatabaseUrl('postgres://db/app'), dataSource);

    signal.raise();
    signal.raise();
    signal.raise();
    expect(sent()).toBe(1);
    answer();
    await new Promise(setImmediate);
    expect(sent()).toBe(2);
    answer();
    await signal.settled();
    expect(sent()).toBe(2);
  });

  it('never throws when the NOTIFY fails: the relays poll anyway', async () => {
    const { dataSource, sent, answer } = databaseNotifying();
    const signal = new OutboxSignal(withDatabaseUrl('postgres://db/app'), dataSource);
    signal.raise();
    answer(new Error('terminating connection due to administrator command'));
    await signal.settled();
    signal.raise();
    expect(sent()).toBe(2);
    answer();
    await signal.settled();
  });

  it('sends nothing on the embedded database, where the one process nudges its relay itself', async () => {
    const { dataSource, sent } = databaseNotifying();
    const signal = new OutboxSignal(withDatabaseUrl(undefined), dataSource);
    signal.raise();
    await signal.settled();
    expect(sent()).toBe(0);
    expect(await signal.listen(() => undefined)()).toBeUndefined();
  });
});
