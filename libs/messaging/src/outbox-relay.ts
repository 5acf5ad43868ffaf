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
        await this.transport.send(deliveries.flat());
        await manager.query(`UPDATE messaging.outbox SET sent_at = now() WHERE id = ANY($1::bigint[])`, [rows.map((row) => row.id)]);
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
   * Locks the oldest unsent rows, then keeps, per aggregate, only the unbroken run that starts at its
   * oldest unsent row: a row whose predecessor another relay holds (or skipped) waits, keeping order.
   */
  private async claim(manager: EntityManager): Promise<{ claimed: number; rows: Array<OutboxRow & { aggregate_id: string }> }> {
    const rows: Array<OutboxRow & { aggregate_id: string }> = await manager.query(
      `SELECT id, aggregate_id, target_handler, envelope FROM messaging.outbox WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [this.config.OUTBOX_BATCH_SIZE],
    );
    if (rows.length === 0) return { claimed: 0, rows };
    const unsent: Array<{ aggregate_id: string; ids: string[] }> = await manager.query(
      `SELECT aggregate_id, array_agg(id::text ORDER BY id) AS ids FROM messaging.outbox
       WHERE sent_at IS NULL AND aggregate_id = ANY($1) AND id <= $2 GROUP BY aggregate_id`,
      [[...new Set(rows.map((row) => row.aggregate_id))], rows[rows.length - 1].id],
    );
    const taken = new Set(rows.map((row) => String(row.id)));
    const sendable = new Set<string>();
    for (const { ids } of unsent) {
      for (const id of ids) {
        if (!taken.has(id)) break;
        sendable.add(id);
      }
    }
    return { claimed: rows.length, rows: rows.filter((row) => sendable.has(String(row.id))) };
  }
}
