import { AggregateRoot } from '../aggregate-root';
import { AggregateState } from '../aggregate-state';
import { ConcurrencyConflict } from '../concurrency-conflict.error';
import { DomainEvent } from '../domain-event';

/** A repository under test, over an empty store, and what its saves handed on. */
export interface OpenedRepository<R> {
  repository: R;
  /** The events saves handed on so far, in order: the unit of work's (outbox) for TypeORM, `published` for the fake. */
  released(): DomainEvent[];
}

/** How the shared suite drives one aggregate's repository. */
export interface AggregateRepositoryContract<
  A extends AggregateRoot<S>,
  S extends AggregateState,
  R extends { save(aggregate: A): Promise<void> },
> {
  /** A fresh repository over an empty store; called before each test. */
  open(): Promise<OpenedRepository<R>>;
  /** A new aggregate, not saved yet (or, with `store`, the aggregate to put in the store). */
  create(): A;
  /**
   * How an aggregate first gets into the store when the port never creates one (data a seeder
   * writes): it must be stored at version 1. By default the repository saves it.
   */
  store?(opened: OpenedRepository<R>, aggregate: A): Promise<void>;
  /** The aggregate's own `restore`. */
  restore(snapshot: S): A;
  /** Reads an aggregate back by id through the port. */
  load(repository: R, id: string): Promise<A>;
  /**
   * A change through the aggregate's methods that raises at least one event; called on a saved, never-changed
   * aggregate. An aggregate with no behaviour yet (just generated) leaves it out: reads are then saved unchanged.
   */
  change?(aggregate: A): void;
}

/**
 * The rules every aggregate repository keeps, whatever stores it: each context runs this suite against
 * its in-memory fake (unit) and its TypeORM adapter on PostgreSQL (integration), so the fake that use
 * case tests trust behaves as the database does. Call it inside a `describe`; `open` runs before each test.
 */
export function describeAggregateRepositoryContract<
  A extends AggregateRoot<S>,
  S extends AggregateState,
  R extends { save(aggregate: A): Promise<void> },
>(contract: AggregateRepositoryContract<A, S, R>): { current(): OpenedRepository<R> } {
  let subject: OpenedRepository<R>;
  const change = (aggregate: A) => contract.change?.(aggregate);
  beforeEach(async () => {
    subject = await contract.open();
  });

  async function saved(): Promise<A> {
    const aggregate = contract.create();
    await (contract.store ? contract.store(subject, aggregate) : subject.repository.save(aggregate));
    return aggregate;
  }

  it('gives back what was stored, at version 1', async () => {
    const aggregate = await saved();

    const loaded = await contract.load(subject.repository, aggregate.id);

    expect(aggregate.version).toBe(1);
    expect(stored(loaded)).toEqual(stored(aggregate));
  });

  it('saves each change at the next version', async () => {
    const aggregate = await saved();
    const read = await contract.load(subject.repository, aggregate.id);
    change(read);

    await subject.repository.save(read);
    const loaded = await contract.load(subject.repository, aggregate.id);

    expect(read.version).toBe(2);
    expect(stored(loaded)).toEqual(stored(read));
  });

  it("refuses a save from a stale read with ConcurrencyConflict and keeps the first writer's change", async () => {
    const aggregate = await saved();
    const first = await contract.load(subject.repository, aggregate.id);
    const stale = await contract.load(subject.repository, aggregate.id);
    change(first);
    await subject.repository.save(first);
    change(stale);

    await expect(subject.repository.save(stale)).rejects.toBeInstanceOf(ConcurrencyConflict);

    expect(stale.version).toBe(1);
    expect(stored(await contract.load(subject.repository, aggregate.id))).toEqual(stored(first));
  });

  it('lets exactly one of two concurrent saves of the same read win', async () => {
    const aggregate = await saved();
    const copies = [await contract.load(subject.repository, aggregate.id), await contract.load(subject.repository, aggregate.id)];
    copies.forEach(change);

    const outcomes = await Promise.allSettled(copies.map((copy) => subject.repository.save(copy)));

    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const [lost] = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(lost.reason).toBeInstanceOf(ConcurrencyConflict);
    expect((await contract.load(subject.repository, aggregate.id)).version).toBe(2);
  });

  // Needs a change that raises events: an aggregate without behaviour yet has none to hand on.
  if (contract.change) {
    it('hands on the events of a save once, and keeps those of a refused save on the aggregate', async () => {
      const aggregate = await saved();
      const read = await contract.load(subject.repository, aggregate.id);
      const stale = await contract.load(subject.repository, aggregate.id);
      const before = subject.released().length;
      change(read);
      change(stale);
      const raised = read.getUncommittedEvents().map((event) => event.constructor.name);

      await subject.repository.save(read);
      await expect(subject.repository.save(stale)).rejects.toBeInstanceOf(ConcurrencyConflict);

      expect(raised.length).toBeGreaterThan(0);
      expect(
        subject
          .released()
          .slice(before)
          .map((event) => event.constructor.name),
      ).toEqual(raised);
      expect(read.pullEvents()).toEqual([]);
      expect(stale.getUncommittedEvents().length).toBe(raised.length);
    });
  }

  it('refuses a new aggregate whose id is already stored, and keeps the stored one', async () => {
    const aggregate = await saved();
    const twin = contract.restore({ ...aggregate.snapshot(), version: 0 });

    await expect(subject.repository.save(twin)).rejects.toThrow();

    expect((await contract.load(subject.repository, aggregate.id)).version).toBe(1);
  });

  return { current: () => subject };
}

/** An in-memory fake as a contract run opens it: its saves hand events on to `published`. */
export function openedInMemory<R extends { readonly published: DomainEvent[] }>(repository: R): OpenedRepository<R> {
  return { repository, released: () => repository.published };
}

/**
 * What a save must give back (for the contract suites of every aggregate): the whole state but `updatedAt`, which the TypeORM adapter stamps as it writes
 * (the storage's moment of the change, later than the aggregate's copy by a few milliseconds).
 */
export function stored(aggregate: { snapshot(): object }): object {
  const { updatedAt: _stampedOnSave, ...state } = aggregate.snapshot() as { updatedAt?: unknown };
  return state;
}
