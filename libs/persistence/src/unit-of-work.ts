import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, Logger } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { DomainEvent } from '@promenade/ddd';
import { RequestContext } from '@promenade/platform';
import { DataSource, EntityManager } from 'typeorm';

interface Transaction {
  manager: EntityManager;
  events: DomainEvent[];
}

/**
 * One database transaction per command. Repositories write through `manager` and hand over the
 * events of the aggregates they save; the events leave only after the transaction commits, so a
 * rolled-back command publishes nothing. (The outbox will write them inside the transaction.)
 */
@Injectable()
export class UnitOfWork {
  private readonly logger = new Logger(UnitOfWork.name);
  private readonly current = new AsyncLocalStorage<Transaction>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly eventBus: EventBus,
  ) {}

  /** The transaction's manager inside `run`, the pool's outside (reads). */
  get manager(): EntityManager {
    return this.current.getStore()?.manager ?? this.dataSource.manager;
  }

  /** Runs `work` in a transaction, or joins the one already open (a command sent from a command). */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.current.getStore()) return work();
    const events: DomainEvent[] = [];
    const result = await this.dataSource.transaction((manager) => this.current.run({ manager, events }, work));
    this.publish(events);
    return result;
  }

  /** Called by repositories on save; must happen inside `run`. */
  record(events: DomainEvent[]): void {
    const transaction = this.current.getStore();
    if (!transaction) throw new Error('UnitOfWork.record called outside a transaction');
    const correlationId = RequestContext.correlationId();
    for (const event of events) event.correlate(correlationId);
    transaction.events.push(...events);
  }

  private publish(events: DomainEvent[]): void {
    if (events.length === 0) return;
    this.logger.debug(`publishing ${events.map((e) => e.eventName).join(', ')}`);
    this.eventBus.publishAll(events);
  }
}
