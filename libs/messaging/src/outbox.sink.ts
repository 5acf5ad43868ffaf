import { Injectable } from '@nestjs/common';
import { DomainEvent } from '@promenade/ddd';
import { TransactionEventSink } from '@promenade/persistence';
import { EntityManager } from 'typeorm';
import { OutboxRelay } from './outbox-relay';
import { OutboxSignal } from './outbox-signal';
import { Publications } from './publications';
import { activeTraceContext } from './trace-context';

const INSERT_CHUNK = 1000;
/** The outbox columns written, in the order of each row's parameters. */
const COLUMNS = ['event_id', 'event_name', 'aggregate_id', 'envelope', 'deliver_at'];

/**
 * Writes a unit of work's events to `messaging.outbox` inside its transaction, numbering each
 * aggregate's events 1, 2, 3, … (a row per aggregate holds the last number); once it committed, signals the relays (this
 * process's, and through OutboxSignal every other process's).
 * A published domain event is written as its contract, one row for one raised event. A scheduled event's
 * due time is kept in `deliver_at` too, where the redelivery sweep and pruning read it.
 */
@Injectable()
export class OutboxSink implements TransactionEventSink {
  /** The trace of the work that raised each event: a transaction may run several deliveries' handlers, each in its own. */
  private readonly raisedIn = new WeakMap<DomainEvent, Record<string, string>>();

  constructor(
    private readonly relay: OutboxRelay,
    private readonly publications: Publications,
    private readonly signal: OutboxSignal,
  ) {}

  async append(manager: EntityManager, events: DomainEvent[]): Promise<void> {
    const perAggregate = new Map<string, DomainEvent[]>();
    for (const event of events)
      perAggregate.set(event.metadata.aggregateId, [...(perAggregate.get(event.metadata.aggregateId) ?? []), event]);
    // In a fixed order, so two units of work touching the same aggregates cannot deadlock on their counters.
    for (const [aggregateId, own] of [...perAggregate].sort(([a], [b]) => a.localeCompare(b))) {
      const [{ last_sequence: last }] = await manager.query(
        `INSERT INTO messaging.aggregate_sequences (aggregate_id, last_sequence) VALUES ($1, $2)
         ON CONFLICT (aggregate_id) DO UPDATE SET last_sequence = aggregate_sequences.last_sequence + EXCLUDED.last_sequence
         RETURNING last_sequence`,
        [aggregateId, own.length],
      );
      own.forEach((event, index) => event.stamp({ sequence: Number(last) - own.length + 1 + index }));
    }
    const onWire = events.map((event) => ({ event: this.publications.onWire(event), traceContext: this.raisedIn.get(event) }));
    // In chunks: PostgreSQL takes at most 65,535 parameters per statement.
    for (let start = 0; start < onWire.length; start += INSERT_CHUNK) {
      const chunk = onWire.slice(start, start + INSERT_CHUNK);
      const params = chunk.flatMap(({ event, traceContext }) => [
        event.metadata.eventId,
        event.eventName,
        event.metadata.aggregateId,
        JSON.stringify(traceContext ? { ...event.toJSON(), traceContext } : event),
        event.metadata.deliverAt ?? null,
      ]);
      const rows = chunk.map((_, row) => `(${COLUMNS.map((_column, c) => `$${row * COLUMNS.length + c + 1}`).join(', ')})`).join(', ');
      await manager.query(`INSERT INTO messaging.outbox (${COLUMNS.join(', ')}) VALUES ${rows}`, params);
    }
  }

  /** Keeps the active trace (a request's, a handler's) with the events it raised, for the relay to continue. */
  recorded(events: DomainEvent[]): void {
    const traceContext = activeTraceContext();
    if (traceContext) for (const event of events) this.raisedIn.set(event, traceContext);
  }

  committed(): void {
    this.relay.nudge();
    this.signal.raise();
  }
}
