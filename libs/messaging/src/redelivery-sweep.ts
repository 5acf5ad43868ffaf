import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import { ClusterSchedule, ScheduledJob } from '@promenade/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { Delivery, EVENT_TRANSPORT, EventTransport } from './delivery';
import { EventRoutes } from './event-routes';
import { MESSAGING_OBSERVER, MessagingObserver, UNOBSERVED } from './messaging-observer';
import { deliveriesOfRow, OutboxRow } from './outbox-relay';

/** The sweep looks every half of EVENT_REDELIVERY_AFTER_MS, and at least once a minute. */
const MAX_PERIOD_MS = 60_000;
/** How many re-sent deliveries the log line names; the rest are counted. */
const NAMED_IN_LOG = 10;
/**
 * Since when a sent row's deliveries are owed: its sending, or its due time when scheduled later (greatest skips
 * a NULL). The expression of the `outbox_unconfirmed` index, written the same here so the planner matches it.
 */
const OWED_SINCE = 'greatest(o.sent_at, o.deliver_at)';

interface SentRow extends OutboxRow {
  /** OWED_SINCE as PostgreSQL writes it (microseconds kept), the sweep's keyset cursor with `id`. */
  owed_since_text: string;
}

interface Cursor {
  owedSince: string;
  id: string;
}

/** One delivery a sent row owes, and the row that owes it. */
export interface OwedDelivery {
  rowId: string;
  delivery: Delivery;
}

export interface SweepReport {
  /** Sent rows old enough that the sweep looked at. */
  checked: number;
  /** Rows whose every delivery the inbox (or a dead letter, or a later replay) now accounts for: never looked at again. */
  confirmed: number;
  /** Deliveries queued again. */
  redelivered: Delivery[];
}

/** Every delivery the rows owe, keyed to their row (a row no handler subscribes to owes none). */
export function owedDeliveries(rows: OutboxRow[], routes: Pick<EventRoutes, 'deliveriesOf'>): OwedDelivery[] {
  return rows.flatMap((row) => deliveriesOfRow(routes, row).map((delivery) => ({ rowId: String(row.id), delivery })));
}

/**
 * Splits what the rows owe by what PostgreSQL accounts for (`accounted` holds `<row id>:<handler id>`): a row
 * with nothing unaccounted is confirmed; every unaccounted delivery is missing, unless the transport still holds it.
 */
export function sortOut(
  rows: OutboxRow[],
  owed: OwedDelivery[],
  accounted: ReadonlySet<string>,
): { confirmed: string[]; missing: OwedDelivery[] } {
  const missing = owed.filter(({ rowId, delivery }) => !accounted.has(`${rowId}:${delivery.handlerId}`));
  const waiting = new Set(missing.map(({ rowId }) => rowId));
  return { confirmed: rows.map((row) => String(row.id)).filter((id) => !waiting.has(id)), missing };
}

/**
 * Delivery is confirmed by the inbox, not by the broker. A broker can lose what it accepted (a Redis crash
 * without persistence, a failover to a lagging replica, eviction; the memory transport's queues die with
 * their process), and the outbox row is marked sent by then. So every so often this looks at the rows sent
 * (and, if scheduled, due) more than EVENT_REDELIVERY_AFTER_MS ago and not yet confirmed, and for each handler they owe a delivery
 * checks PostgreSQL: an inbox row (it ran), a dead letter written after the row (it gave up), or a later
 * replay of the same event to that handler (the replay owes it now). A row so accounted for is confirmed
 * and never read again; what is not is handed to the transport, which queues it again unless it still
 * holds its job (same id: it stays single; the inbox keeps the effect single if it ran after all).
 *
 * Instances sweep side by side: each batch is locked FOR UPDATE SKIP LOCKED, so a row is swept by one at a
 * time. Only rows owed within the inbox's retention are looked at, so a missing inbox row always means the
 * handler never committed, never that its row was pruned (a handler runs no earlier than its row is owed).
 */
@Injectable()
export class RedeliverySweep {
  private readonly logger = new Logger(RedeliverySweep.name);
  private job: ScheduledJob | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly routes: EventRoutes,
    @Inject(EVENT_TRANSPORT) private readonly transport: EventTransport,
    private readonly config: AppConfig,
    private readonly schedule: ClusterSchedule,
    @Optional() @Inject(MESSAGING_OBSERVER) private readonly observer: MessagingObserver = UNOBSERVED,
  ) {}

  get periodMs(): number {
    return Math.min(Math.ceil(this.config.EVENT_REDELIVERY_AFTER_MS / 2), MAX_PERIOD_MS);
  }

  /** Sweeps once per period across the instances (ClusterSchedule); a failed sweep is logged and the next period tries again. */
  start(): void {
    this.job = this.schedule.every({ name: 'redelivery sweep', everyMs: this.periodMs, run: () => this.sweep() });
  }

  async stop(): Promise<void> {
    await this.job?.stop();
  }

  /** One pass over every row due; public so tests and scripts can run it deterministically. */
  async sweep(): Promise<SweepReport> {
    const report: SweepReport = { checked: 0, confirmed: 0, redelivered: [] };
    let cursor: Cursor = { owedSince: '-infinity', id: '0' };
    for (;;) {
      const batch = await this.dataSource.transaction((manager) => this.sweepBatch(manager, cursor));
      this.observer.redelivered(batch.redelivered);
      report.checked += batch.checked;
      report.confirmed += batch.confirmed;
      report.redelivered.push(...batch.redelivered);
      if (!batch.next) break;
      cursor = batch.next;
    }
    if (report.redelivered.length > 0) this.logger.warn(this.describe(report.redelivered));
    else this.logger.debug(`redelivery sweep: ${report.checked} sent event(s) checked, ${report.confirmed} confirmed, nothing missing`);
    return report;
  }

  /** Deliveries the sweep re-sent, over the events still kept in the outbox (OUTBOX_RETENTION_HOURS). */
  async redelivered(): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      `SELECT coalesce(sum(redelivered), 0)::int AS n FROM messaging.outbox WHERE redelivered > 0`,
    );
    return n;
  }

  private async sweepBatch(manager: EntityManager, after: Cursor): Promise<SweepReport & { next?: Cursor }> {
    const rows: SentRow[] = await manager.query(
      // In the order of outbox_unconfirmed (OWED_SINCE, id), so the rows due are read straight off that index.
      `SELECT o.id::text AS id, o.target_handler, o.envelope, ${OWED_SINCE}::text AS owed_since_text FROM messaging.outbox o
       WHERE o.sent_at IS NOT NULL AND o.confirmed_at IS NULL
         AND ${OWED_SINCE} < now() - make_interval(secs => $1::double precision / 1000)
         AND ${OWED_SINCE} > now() - make_interval(hours => $2)
         AND (${OWED_SINCE}, o.id) > ($3::timestamptz, $4::bigint)
       ORDER BY ${OWED_SINCE}, o.id LIMIT $5 FOR UPDATE SKIP LOCKED`,
      [
        this.config.EVENT_REDELIVERY_AFTER_MS,
        Math.min(this.config.OUTBOX_RETENTION_HOURS, this.config.INBOX_RETENTION_HOURS),
        after.owedSince,
        after.id,
        this.config.OUTBOX_BATCH_SIZE,
      ],
    );
    if (rows.length === 0) return { checked: 0, confirmed: 0, redelivered: [] };
    const owed = owedDeliveries(rows, this.routes);
    const { confirmed, missing } = sortOut(rows, owed, await this.accounted(manager, owed));
    if (confirmed.length > 0)
      await manager.query(`UPDATE messaging.outbox SET confirmed_at = now() WHERE id = ANY($1::bigint[])`, [confirmed]);
    const redelivered = missing.length > 0 ? await this.transport.redeliver(missing.map(({ delivery }) => delivery)) : [];
    await this.count(manager, missing, new Set(redelivered.map((delivery) => delivery.id)));
    const last = rows[rows.length - 1];
    const next = rows.length === this.config.OUTBOX_BATCH_SIZE ? { owedSince: last.owed_since_text, id: last.id } : undefined;
    return { checked: rows.length, confirmed: confirmed.length, redelivered, next };
  }

  /** `<row id>:<handler id>` of each owed delivery PostgreSQL accounts for: one index probe per table and delivery. */
  private async accounted(manager: EntityManager, owed: OwedDelivery[]): Promise<Set<string>> {
    if (owed.length === 0) return new Set();
    const found: Array<{ row_id: string; handler: string }> = await manager.query(
      `SELECT o.id::text AS row_id, d.handler FROM unnest($1::bigint[], $2::text[]) AS d(row_id, handler)
       JOIN messaging.outbox o ON o.id = d.row_id
       WHERE EXISTS (SELECT 1 FROM messaging.inbox i WHERE i.event_id = o.event_id AND i.handler = d.handler)
          OR EXISTS (SELECT 1 FROM messaging.dead_letters l WHERE l.event_id = o.event_id AND l.handler = d.handler AND l.failed_at >= o.created_at)
          OR EXISTS (SELECT 1 FROM messaging.outbox r WHERE r.event_id = o.event_id AND r.target_handler = d.handler AND r.id > o.id)`,
      [owed.map(({ rowId }) => rowId), owed.map(({ delivery }) => delivery.handlerId)],
    );
    return new Set(found.map(({ row_id, handler }) => `${row_id}:${handler}`));
  }

  /** Adds to each row's `redelivered` the deliveries queued again for it. */
  private async count(manager: EntityManager, missing: OwedDelivery[], redelivered: ReadonlySet<string>): Promise<void> {
    const perRow = new Map<string, number>();
    for (const { rowId, delivery } of missing) if (redelivered.has(delivery.id)) perRow.set(rowId, (perRow.get(rowId) ?? 0) + 1);
    if (perRow.size === 0) return;
    await manager.query(
      `UPDATE messaging.outbox o SET redelivered = o.redelivered + c.n FROM unnest($1::bigint[], $2::int[]) AS c(id, n) WHERE o.id = c.id`,
      [[...perRow.keys()], [...perRow.values()]],
    );
  }

  private describe(redelivered: Delivery[]): string {
    const named = redelivered
      .slice(0, NAMED_IN_LOG)
      .map(({ envelope, handlerId }) => `${envelope.name} ${envelope.eventId} → ${handlerId}`);
    const more = redelivered.length > NAMED_IN_LOG ? ` and ${redelivered.length - NAMED_IN_LOG} more` : '';
    return (
      `redelivered ${redelivered.length} delivery(ies) the inbox had not confirmed ${this.config.EVENT_REDELIVERY_AFTER_MS} ms after sending or being due ` +
      `(no inbox row, dead letter or job held by the ${this.transport.name} transport: it lost them): ${named.join(', ')}${more}`
    );
  }
}
