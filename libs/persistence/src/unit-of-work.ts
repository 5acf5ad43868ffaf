import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainEvent } from '@promenade/ddd';
import { RequestContext } from '@promenade/platform';
import { DataSource, EntityManager } from 'typeorm';
import { TRANSACTION_EVENT_SINK, TransactionEventSink } from './transaction-event-sink';

interface Transaction {
  manager: EntityManager;
  events: DomainEvent[];
  afterCommit: Array<() => void>;
}

/**
 * One database transaction per command. Repositories write through `manager` and hand over the
 * events of the aggregates they save; the events are written to the outbox in the same transaction,
 * so they exist exactly when the state change does, and a rolled-back command leaves none behind.
 */
@Injectable()
export class UnitOfWork {
  private readonly current = new AsyncLocalStorage<Transaction>();
  private readonly logger = new Logger(UnitOfWork.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(TRANSACTION_EVENT_SINK) private readonly sink: TransactionEventSink,
  ) {}

  /** The transaction's manager inside `run`, the pool's outside (reads). */
  get manager(): EntityManager {
    return this.current.getStore()?.manager ?? this.dataSource.manager;
  }

  /** Runs `work` in a transaction, or joins the one already open (a command sent from a command or a handler). */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.current.getStore()) return work();
    const events: DomainEvent[] = [];
    const afterCommit: Array<() => void> = [];
    const result = await this.dataSource.transaction(async (manager) => {
      const value = await this.current.run({ manager, events, afterCommit }, work);
      if (events.length > 0) await this.sink.append(manager, events);
      return value;
    });
    if (events.length > 0) this.sink.committed();
    for (const callback of afterCommit) {
      // The change has committed: a failing callback must neither turn its answer into an error nor stop the others.
      try {
        callback();
      } catch (error) {
        this.logger.error(`an after-commit callback failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return result;
  }

  /**
   * Runs `callback` once the open unit of work has committed (never when it rolls back), or at once outside one: for what
   * must not happen before others can read the change, such as forgetting a cached copy of it. One that throws is logged.
   */
  afterCommit(callback: () => void): void {
    const transaction = this.current.getStore();
    if (transaction) transaction.afterCommit.push(callback);
    else callback();
  }

  /** Called by repositories (and the EventBus) while a unit of work is open. */
  record(events: DomainEvent[]): void {
    const transaction = this.current.getStore();
    if (!transaction) throw new Error('events can only be recorded inside a unit of work (a command or an event handler)');
    const correlationId = RequestContext.correlationId();
    for (const event of events) event.stamp({ correlationId });
    this.sink.recorded?.(events);
    transaction.events.push(...events);
  }
}
