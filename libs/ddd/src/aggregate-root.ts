import { AggregateRoot as CqrsAggregateRoot } from '@nestjs/cqrs';
import { AggregateState, detachedCopy, frozenCopy } from './aggregate-state';
import { DomainEvent } from './domain-event';

/**
 * An aggregate: the consistency boundary a command changes and a repository saves whole.
 * Events are held until the repository saves the aggregate (never auto-committed), so nothing
 * leaves before the transaction that caused it commits.
 *
 * Its whole state is one plain object of type `S`: `snapshot()` hands out a frozen copy, and each
 * aggregate's static `restore(snapshot)` rebuilds it (no rule re-run, no event raised), which is all
 * a store needs to keep and give back an aggregate.
 */
export abstract class AggregateRoot<S extends AggregateState = AggregateState> extends CqrsAggregateRoot<DomainEvent> {
  protected state: S;

  protected constructor(state: S) {
    super();
    this.autoCommit = false;
    this.state = detachedCopy(state);
  }

  get id(): S['id'] {
    return this.state.id;
  }

  /** The version read from storage; 0 for an aggregate not saved yet. Used for optimistic concurrency. */
  get version(): number {
    return this.state.version;
  }

  get isNew(): boolean {
    return this.state.version === 0;
  }

  /** The state as `restore` takes it, at the version last saved: what a store keeps of this aggregate. */
  snapshot(): Readonly<S> {
    return frozenCopy(this.state);
  }

  /** Called by the repository once a save has committed the next version. */
  markPersisted(version: number): void {
    this.state = { ...this.state, version };
  }

  /** Takes the pending events, leaving none behind: a second save must not send them again. */
  pullEvents(): DomainEvent[] {
    const events = [...this.getUncommittedEvents()];
    this.uncommit();
    return events;
  }
}
