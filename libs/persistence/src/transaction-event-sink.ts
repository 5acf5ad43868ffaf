import { DomainEvent } from '@promenade/ddd';
import { EntityManager } from 'typeorm';

export const TRANSACTION_EVENT_SINK = Symbol('TransactionEventSink');

/** Where a unit of work's events go: written in its transaction (the outbox), announced after the commit. */
export interface TransactionEventSink {
  /** As events are recorded, still inside the work that raised them (whose trace is active), before the commit. */
  recorded?(events: DomainEvent[]): void;
  append(manager: EntityManager, events: DomainEvent[]): Promise<void>;
  committed(): void;
}
