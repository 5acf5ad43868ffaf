import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import { SerializedEvent } from '@promenade/ddd';
import { DataSource, EntityManager } from 'typeorm';
import { EVENT_TRANSPORT, EventTransport } from './delivery';
import { EventRoutes } from './event-routes';

interface OutboxRow {
  id: string;
  aggregate_id: string;
  target_handler: string | null;
  envelope: SerializedEvent;
}

const PRUNE_EVERY_MS = 60 * 60 * 1000;

/**
 * Moves outbox rows to the transport. Each batch is claimed with FOR UPDATE SKIP LOCKED, handed to
 * the transport and marked sent in the same transaction, so instances running it side by side never
 * send a row twice in the normal case, and a crash before the commit only means the row is sent again
 * (the broker's job id and the inbox absorb the copy). An aggregate's events go out in order: a row is
 * taken only together with every earlier unsent row of its aggregate.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | undefined;
  private pruneTimer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private nudged = false;
  private stopped = true;
  private lastRunAt: Date | null = null;
  private lastError: string | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly routes: EventRoutes,
    @Inject(EVENT_TRANSPORT) private readonly transport: EventTransport,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.schedule(0);
    this.pruneTimer = setInterval(() => void this.prune().catch((error: Error) => this.logger.error(`pruning failed: ${error.message}`)), PRUNE_EVERY_MS);
    this.pruneTimer.unref();
  }

  /** Stops the loop and waits for the batch in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.pruneTimer);
    await this.running;
  }

  /** A unit of work just committed events: relay them now rather than at the next poll. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) this.nudged = true;
    else this.schedule(0);
  }

  status(): { running: boolean; lastRunAt: Date | null; lastError: string | null } {
    return { running: !this.stopped, lastRunAt: this.lastRunAt, lastError: this.lastError };
  }

  async backlog(): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM messaging.outbox WHERE sent_at IS NULL`);
    return n;
  }

  /** Sends until the outbox is empty; public so tests and scripts can drain it deterministically. */
  async drain(): Promise<void> {
    while ((await this.relayBatch()) > 0);
  }

  async prune(): Promise<void> {
    await this.dataSource.query(`DELETE FROM messaging.outbox WHERE sent_at < now() - make_interval(hours => $1)`, [this.config.OUTBOX_RETENTION_HOURS]);
    await this.dataSource.query(`DELETE FROM messaging.inbox WHERE processed_at < now() - make_interval(hours => $1)`, [this.config.INBOX_RETENTION_HOURS]);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.loop().finally(() => {
        this.running = undefined;
        if (!this.stopped) this.schedule(this.nudged ? 0 : this.config.OUTBOX_POLL_MS);
        this.nudged = false;
      });
    }, delayMs);
    this.timer.unref();
  }

  private async loop(): Promise<void> {
    try {
      while (!this.stopped && (await this.relayBatch()) === this.config.OUTBOX_BATCH_SIZE);
      this.lastError = null;
    } catch (error) {
      this.lastError = error instanceof Error ? error.message : String(error);
      this.logger.error(`relay failed, retrying at the next poll: ${this.lastError}`);
    } finally {
      this.lastRunAt = new Date();
    }
  }

  /** Sends one batch; answers how many rows it took. */
  private relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.claim(manager);
      if (rows.length === 0) return 0;
      const deliveries = rows.map((row) =>
        this.routes.deliveriesOf(row.envelope, row.target_handler ? { handlerId: row.target_handler, replayId: row.id } : undefined),
      );
      await this.transport.send(deliveries.flat());
      await manager.query(`UPDATE messaging.outbox SET sent_at = now() WHERE id = ANY($1::bigint[])`, [rows.map((row) => row.id)]);
      rows.forEach(({ envelope: { name, eventId, correlationId }, target_handler: target }, i) => {
        if (target && deliveries[i].length === 0) this.logger.warn(`replay of ${name} ${eventId} names handler ${target}, which this service lacks; dropped`);
        else this.logger.debug(`relayed ${name} ${eventId} (correlation ${correlationId}) to ${deliveries[i].length} handler(s)`);
      });
      return rows.length;
    });
  }

  private async claim(manager: EntityManager): Promise<OutboxRow[]> {
    const rows: OutboxRow[] = await manager.query(
      `SELECT id, aggregate_id, target_handler, envelope FROM messaging.outbox WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [this.config.OUTBOX_BATCH_SIZE],
    );
    if (rows.length === 0) return rows;
    // Another relay holds an earlier row of an aggregate: leave that aggregate's rows to it, to keep its order.
    const firsts: Array<{ aggregate_id: string; first: string }> = await manager.query(
      `SELECT aggregate_id, min(id)::text AS first FROM messaging.outbox WHERE sent_at IS NULL AND aggregate_id = ANY($1) GROUP BY aggregate_id`,
      [[...new Set(rows.map((row) => row.aggregate_id))]],
    );
    const taken = new Set(rows.map((row) => String(row.id)));
    const blocked = new Set(firsts.filter(({ first }) => !taken.has(first)).map(({ aggregate_id }) => aggregate_id));
    return rows.filter((row) => !blocked.has(row.aggregate_id));
  }
}
