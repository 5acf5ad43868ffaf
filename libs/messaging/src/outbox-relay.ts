import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import { SerializedEvent } from '@promenade/ddd';
import { DataSource, EntityManager } from 'typeorm';
import { deadLetterStore } from './dead-letter-store';
import { Delivery, EVENT_TRANSPORT, EventTransport } from './delivery';
import { EventRoutes } from './event-routes';
import { MESSAGING_OBSERVER, MessagingObserver, UNOBSERVED } from './messaging-observer';
import { outsideAnyTrace, Publishing, startPublishing } from './trace-context';

/** An outbox row as the relay and the redelivery sweep read it. */
export interface OutboxRow {
  id: string;
  /** Set on a dead letter's replay: the one handler it goes to. */
  target_handler: string | null;
  envelope: SerializedEvent;
}

/** The deliveries a row makes: one per subscribing handler, or, for a replay, to its one handler under the replay's own id. */
export function deliveriesOfRow(routes: Pick<EventRoutes, 'deliveriesOf'>, row: OutboxRow): Delivery[] {
  return routes.deliveriesOf(row.envelope, row.target_handler ? { handlerId: row.target_handler, replayId: String(row.id) } : undefined);
}

/**
 * Moves outbox rows to the transport. Each batch is claimed with FOR UPDATE SKIP LOCKED, handed to
 * the transport and marked sent in the same transaction, so instances running it side by side never
 * send a row twice in the normal case, and a crash before the commit only means the row is sent again
 * (the broker's job id and the inbox absorb the copy). An aggregate's events go out in order: a row is
 * taken only together with every earlier unsent row of its aggregate. A scheduled event goes out at once
 * too: the transport holds it until it is due, so it never holds back its aggregate's later events.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private nudged = false;
  private stopped = true;
  private lastError: string | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly routes: EventRoutes,
    @Inject(EVENT_TRANSPORT) private readonly transport: EventTransport,
    private readonly config: AppConfig,
    @Optional() @Inject(MESSAGING_OBSERVER) private readonly observer: MessagingObserver = UNOBSERVED,
  ) {}

  /** Started by the messaging module once the transport consumes, so nothing is sent before it can be. */
  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops the loop and waits for the batch in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** A unit of work just committed events: relay them now rather than at the next poll. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) this.nudged = true;
    else this.schedule(0);
  }

  status(): { running: boolean; lastError: string | null } {
    return { running: !this.stopped, lastError: this.lastError };
  }

  async backlog(): Promise<number> {
    return (await this.unsent()).count;
  }

  /** How many rows are not yet sent, and how long the oldest of them has waited since it was written (0 when none). */
  async unsent(): Promise<{ count: number; oldestAgeSeconds: number }> {
    const [{ count, age }] = await this.dataSource.query(
      `SELECT count(*)::int AS count, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS age
       FROM messaging.outbox WHERE sent_at IS NULL`,
    );
    return { count, oldestAgeSeconds: age };
  }

  /** Sends until nothing more can be taken; public so tests and scripts can drain it deterministically. */
  async drain(): Promise<void> {
    while ((await this.relayBatch()).sent > 0);
  }

  /** Marks events unsent again (a transport handed them back at shutdown): the next relay sends them. */
  async requeue(eventIds: string[]): Promise<void> {
    if (eventIds.length === 0) return;
    await this.dataSource.query(`UPDATE messaging.outbox SET sent_at = NULL WHERE event_id = ANY($1::uuid[])`, [eventIds]);
    this.logger.log(`${eventIds.length} event(s) not handled before shutdown will be sent again at the next start`);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    // Nudged from a request or a handler: the passes that follow belong to no one's trace.
    this.timer = outsideAnyTrace(() =>
      setTimeout(() => {
        this.running = this.loop().finally(() => {
          this.running = undefined;
          if (!this.stopped) this.schedule(this.nudged ? 0 : this.config.OUTBOX_POLL_MS);
          this.nudged = false;
        });
      }, delayMs),
    );
    this.timer.unref();
  }

  private async loop(): Promise<void> {
    try {
      while (!this.stopped && (await this.relayBatch()).claimed === this.config.OUTBOX_BATCH_SIZE);
      this.lastError = null;
    } catch (error) {
      this.lastError = error instanceof Error ? error.message : String(error);
      this.logger.error(`relay failed, retrying at the next poll: ${this.lastError}`);
    }
  }

  /** Sends one batch, reported to the observer once committed; answers how many rows it locked and how many it sent. */
  private async relayBatch(): Promise<{ claimed: number; sent: number }> {
    let publishing: Publishing[] = [];
    const batch = await this.dataSource
      .transaction(async (manager) => {
        const { claimed, rows } = await this.claim(manager);
        if (rows.length === 0) return { claimed, sent: 0, deliveries: [] };
        publishing = rows.map((row) => startPublishing(row.envelope, this.transport.name));
        const deliveries = rows.map((row, i) => deliveriesOfRow(this.routes, { ...row, envelope: publishing[i].envelope }));
        // The rows are already marked sent in this transaction: a failed send rolls the mark back with it.
        await this.transport.send(deliveries.flat());
        for (const [i, { envelope, target_handler: target }] of rows.entries()) {
          if (target && deliveries[i].length === 0) await this.deadLetterUnroutable(manager, envelope, target);
          else
            this.logger.debug(
              `relayed ${envelope.name} ${envelope.eventId} (correlation ${envelope.correlationId}) to ${deliveries[i].length} handler(s)`,
            );
        }
        return { claimed, sent: rows.length, deliveries: deliveries.flat() };
      })
      .catch((error: unknown) => {
        for (const row of publishing) row.end(error);
        throw error;
      });
    for (const row of publishing) row.end();
    this.observer.relayed(batch.deliveries);
    return batch;
  }

  /** A replay aimed at a handler this service lacks goes back to the dead letters rather than vanish. */
  private async deadLetterUnroutable(manager: EntityManager, envelope: SerializedEvent, handler: string): Promise<void> {
    // A handler id starts with its context (EventRoutes checks it), so the letter files under the right one.
    await deadLetterStore.record(manager, {
      envelope,
      context: handler.split('.')[0],
      handler,
      error: `no handler ${handler} in this service`,
      attempts: 0,
    });
    this.logger.error(
      `replay of ${envelope.name} ${envelope.eventId} names handler ${handler}, which this service lacks; kept as a dead letter`,
    );
  }

  /**
   * In one statement: locks the oldest unsent rows, keeps per aggregate only the unbroken run that starts at its oldest
   * unsent row (a row with an earlier unsent row outside the lock, held or skipped by another relay, waits: order is kept),
   * and marks those sent. Answers them in outbox order, and how many rows it locked (0 when it could send none of them).
   */
  private async claim(manager: EntityManager): Promise<{ claimed: number; rows: OutboxRow[] }> {
    // TypeORM answers an UPDATE with [rows, row count].
    const [rows]: [Array<OutboxRow & { claimed: number }>, number] = await manager.query(
      `WITH locked AS (
         SELECT id, aggregate_id FROM messaging.outbox WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED
       ), sendable AS (
         SELECT id FROM locked WHERE NOT EXISTS (
           SELECT 1 FROM messaging.outbox earlier
           WHERE earlier.sent_at IS NULL AND earlier.aggregate_id = locked.aggregate_id AND earlier.id < locked.id
             AND earlier.id NOT IN (SELECT id FROM locked))
       )
       UPDATE messaging.outbox SET sent_at = now() FROM sendable WHERE outbox.id = sendable.id
       RETURNING outbox.id, outbox.target_handler, outbox.envelope, (SELECT count(*) FROM locked)::int AS claimed`,
      [this.config.OUTBOX_BATCH_SIZE],
    );
    // RETURNING follows no order; the transport must get each aggregate's events in sequence.
    rows.sort((a, b) => Number(a.id) - Number(b.id));
    return { claimed: rows[0]?.claimed ?? 0, rows };
  }
}
