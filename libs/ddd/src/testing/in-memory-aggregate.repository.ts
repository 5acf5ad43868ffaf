import { AggregateRoot } from '../aggregate-root';
import { AggregateState } from '../aggregate-state';
import { ConcurrencyConflict } from '../concurrency-conflict.error';
import { DomainEvent } from '../domain-event';

/**
 * The unit-test stand-in for a TypeORM aggregate repository, with the same save rules: a new aggregate
 * (version 0) is stored at version 1 and only if its id is not taken; a loaded one only if the stored
 * version is still the one it was read at, else ConcurrencyConflict; the saved aggregate's events are
 * taken from it and kept in `published` (what the real one hands to the unit of work for the outbox).
 *
 * It keeps frozen snapshots, never the aggregates themselves, and every read restores a fresh copy: a
 * test that changes an aggregate without saving it changes nothing stored, as with a database.
 * A context's fake extends it with the port's queries, written over `all()`.
 */
export class InMemoryAggregateRepository<A extends AggregateRoot<S>, S extends AggregateState> {
  readonly published: DomainEvent[] = [];
  private readonly snapshots = new Map<string, Readonly<S>>();

  constructor(private readonly restore: (snapshot: S) => A) {}

  async save(aggregate: A): Promise<void> {
    this.assertCurrent(aggregate);
    const nextVersion = aggregate.version + 1;
    this.published.push(...aggregate.pullEvents());
    aggregate.markPersisted(nextVersion);
    this.snapshots.set(aggregate.id, aggregate.snapshot());
  }

  /** Puts aggregates in the store as they are (their versions kept, no event taken): what a test starts from. */
  seed(...aggregates: A[]): this {
    for (const aggregate of aggregates) this.snapshots.set(aggregate.id, aggregate.snapshot());
    return this;
  }

  /** The stored aggregate, whatever state it is in (soft-deleted ones too, as a table keeps them). */
  stored(id: string): A | undefined {
    const snapshot = this.snapshots.get(id);
    return snapshot && this.restore(snapshot);
  }

  /** Every stored aggregate (soft-deleted ones too), each a fresh copy: the rows a query method filters. */
  all(): A[] {
    return [...this.snapshots.values()].map((snapshot) => this.restore(snapshot));
  }

  /** One page of `matches`, newest first (ids are UUIDv7) unless `order` says otherwise, and the number of matches. */
  protected pageOf(
    matches: A[],
    offset: number,
    limit: number,
    order: (a: A, b: A) => number = newestFirst,
  ): { items: A[]; total: number } {
    const sorted = [...matches].sort(order);
    return { items: sorted.slice(offset, offset + limit), total: matches.length };
  }

  /** Deletes the aggregate for good, only at the version it was read (as the TypeORM repository's `remove`). */
  protected async remove(aggregate: A): Promise<void> {
    if (this.snapshots.get(aggregate.id)?.version !== aggregate.version) throw conflictOn(aggregate);
    this.snapshots.delete(aggregate.id);
    this.published.push(...aggregate.pullEvents());
  }

  private assertCurrent(aggregate: A): void {
    const stored = this.snapshots.get(aggregate.id);
    // A new aggregate whose id is taken lost a race to create it: the table's primary key refuses it too.
    const current = aggregate.isNew ? stored === undefined : stored?.version === aggregate.version;
    if (!current) throw conflictOn(aggregate);
  }
}

function conflictOn(aggregate: AggregateRoot): ConcurrencyConflict {
  return new ConcurrencyConflict(aggregate.constructor.name, aggregate.id, aggregate.version);
}

function newestFirst(a: AggregateRoot, b: AggregateRoot): number {
  return b.id.localeCompare(a.id);
}
