import { AggregateRoot as CqrsAggregateRoot } from '@nestjs/cqrs';
import { DomainEvent } from './domain-event';

/**
 * An aggregate: the consistency boundary a command changes and a repository saves whole.
 * Events are held until the repository saves the aggregate (never auto-committed), so nothing
 * leaves before the transaction that caused it commits.
 */
export abstract class AggregateRoot<Id extends string = string> extends CqrsAggregateRoot<DomainEvent> {
  /** The version read from storage; 0 for an aggregate not saved yet. Used for optimistic concurrency. */
  private persistedVersion: number;

  protected constructor(
    readonly id: Id,
    version = 0,
  ) {
    super();
    this.autoCommit = false;
    this.persistedVersion = version;
  }

  get version(): number {
    return this.persistedVersion;
  }

  get isNew(): boolean {
    return this.persistedVersion === 0;
  }

  /** Called by the repository once a save has committed the next version. */
  markPersisted(version: number): void {
    this.persistedVersion = version;
  }

  /** Takes the pending events, leaving none behind: a second save must not send them again. */
  pullEvents(): DomainEvent[] {
    const events = [...this.getUncommittedEvents()];
    this.uncommit();
    return events;
  }
}
