import { DomainEvent } from '@promenade/ddd';
import { EntityManager } from 'typeorm';

export const TRANSACTION_EVENT_SINK = Symbol('TransactionEventSink');

/** Where a unit of work's events go: written in its transaction (the outbox), announced after the commit. */
export interface TransactionEventSink {
  append(manager: EntityManager, events: DomainEvent[]): Promise<void>;
  committed(): void;
}
