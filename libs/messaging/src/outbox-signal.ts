import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

const CHANNEL = 'messaging_outbox';
const RECONNECT_AFTER_MS = 1_000;
const CONNECT_TIMEOUT_MS = 5_000;

/**
 * Tells every relay, in every process, that events were committed: a NOTIFY sent after the commit, outside any transaction
 * (a NOTIFY inside one would take PostgreSQL's cluster-wide notify lock at commit and serialize every event-writing commit),
 * heard by each relay on a connection of its own that LISTENs. So an `api` process's events are relayed at once by the
 * workers instead of at their next poll. Signals coalesce: while one is being sent, later ones become a single next one.
 * The poll stays as the fallback for a signal lost to a failure: a listener that lost its connection reconnects, and
 * meanwhile polling loses nothing. The embedded database has one process, whose relay is nudged in-process instead.
 */
@Injectable()
export class OutboxSignal {
  private readonly logger = new Logger(OutboxSignal.name);
  private sending: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  get enabled(): boolean {
    return this.config.DATABASE_URL !== undefined;
  }

  /** After a commit that wrote outbox rows; never throws (a lost signal only means the next poll relays them). */
  raise(): void {
    if (!this.enabled) return;
    if (this.sending) {
      this.again = true;
      return;
    }
    this.sending = this.dataSource
      .query(`SELECT pg_notify('${CHANNEL}', '')`)
      .then(
        () => undefined,
        (error: Error) => this.logger.debug(`outbox signal not sent (${error.message}); the relays' poll picks the events up`),
      )
      .finally(() => {
        this.sending = undefined;
        if (this.again) {
          this.again = false;
          this.raise();
        }
      });
  }

  /** Waits for the signal being sent (shutdown). */
  async settled(): Promise<void> {
    while (this.sending) await this.sending;
  }

  /** Calls `heard` on each committed signal until the returned stop is called. */
  listen(heard: () => void): () => Promise<void> {
    if (!this.enabled) return async () => undefined;
    let client: Client | undefined;
    let retry: NodeJS.Timeout | undefined;
    let stopped = false;
    let lostSince: number | undefined;
    const connect = () => {
      const current = new Client({
        connectionString: this.config.DATABASE_URL,
        application_name: 'promenade outbox listener',
        // A half-open connection (a partition, a failover) is noticed instead of listening to nothing forever.
        keepAlive: true,
        connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      });
      client = current;
      const lost = (reason: string) => {
        if (stopped || client !== current) return;
        client = undefined;
        // Once per outage, not once per reconnection attempt.
        if (lostSince === undefined) {
          lostSince = Date.now();
          this.logger.warn(`outbox listener lost its connection (${reason}); relaying on the poll until it is back`);
        }
        void current.end().catch(() => undefined);
        retry = setTimeout(connect, RECONNECT_AFTER_MS).unref();
      };
      current.on('notification', heard);
      current.on('error', (error) => lost(error.message));
      current.on('end', () => lost('closed'));
      current
        .connect()
        .then(() => current.query(`LISTEN ${CHANNEL}`))
        .then(() => {
          if (lostSince !== undefined) this.logger.log(`outbox listener is back after ${Date.now() - lostSince} ms`);
          lostSince = undefined;
          // Rows committed while it was away are picked up now rather than at the next poll.
          heard();
        })
        .catch((error: Error) => lost(error.message));
    };
    connect();
    return async () => {
      stopped = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
    };
  }
}
