import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import { Client } from 'pg';
import { EntityManager } from 'typeorm';

const CHANNEL = 'messaging_outbox';
const RECONNECT_AFTER_MS = 1_000;

/**
 * Tells every relay, in every process, that a unit of work committed events: a NOTIFY sent inside the unit's transaction
 * (PostgreSQL delivers it on commit, once per transaction, and never for a rollback), heard by each relay on a connection of
 * its own that LISTENs. So an `api` process's events are relayed at once by the workers instead of at their next poll.
 * The poll stays as the fallback: a listener that lost its connection reconnects, and meanwhile polling loses nothing.
 * The embedded database has one process, whose relay is nudged in-process instead.
 */
@Injectable()
export class OutboxSignal {
  private readonly logger = new Logger(OutboxSignal.name);

  constructor(private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.config.DATABASE_URL !== undefined;
  }

  /** Inside the transaction that wrote outbox rows. */
  async raise(manager: EntityManager): Promise<void> {
    if (this.enabled) await manager.query(`SELECT pg_notify('${CHANNEL}', '')`);
  }

  /** Calls `heard` on each committed signal until the returned stop is called. */
  listen(heard: () => void): () => Promise<void> {
    if (!this.enabled) return async () => undefined;
    let client: Client | undefined;
    let retry: NodeJS.Timeout | undefined;
    let stopped = false;
    const connect = () => {
      const current = new Client({ connectionString: this.config.DATABASE_URL, application_name: 'promenade outbox listener' });
      client = current;
      const lost = (reason: string) => {
        if (stopped || client !== current) return;
        client = undefined;
        this.logger.warn(`outbox listener lost its connection (${reason}); relaying on the poll until it is back`);
        void current.end().catch(() => undefined);
        retry = setTimeout(connect, RECONNECT_AFTER_MS).unref();
      };
      current.on('notification', heard);
      current.on('error', (error) => lost(error.message));
      current.on('end', () => lost('closed'));
      current
        .connect()
        .then(() => current.query(`LISTEN ${CHANNEL}`))
        // Rows committed while it was away are picked up now rather than at the next poll.
        .then(() => heard())
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
