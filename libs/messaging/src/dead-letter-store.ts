import { domainError, newId, Page, SerializedEvent } from '@promenade/ddd';
import { EntityManager } from 'typeorm';

export class DeadLetterNotFound extends domainError('DEAD_LETTER_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`dead letter ${id} does not exist`);
  }
}

export interface DeadLetter {
  id: string;
  eventId: string;
  eventName: string;
  context: string;
  handler: string;
  error: string;
  attempts: number;
  failedAt: string;
  envelope: SerializedEvent;
}

interface DeadLetterRow {
  id: string;
  event_id: string;
  event_name: string;
  context: string;
  handler: string;
  error: string;
  attempts: number;
  failed_at: Date;
  envelope: SerializedEvent;
}

const toDeadLetter = (row: DeadLetterRow): DeadLetter => ({
  id: row.id,
  eventId: row.event_id,
  eventName: row.event_name,
  context: row.context,
  handler: row.handler,
  error: row.error,
  attempts: row.attempts,
  failedAt: new Date(row.failed_at).toISOString(),
  envelope: row.envelope,
});

/** A delivery given up on: the event as sent, the handler (and its context) that failed it, why, after how many attempts. */
export interface FailedDelivery {
  envelope: SerializedEvent;
  context: string;
  handler: string;
  error: string;
  attempts: number;
}

/**
 * The one place `messaging.dead_letters` is written and read, as plain SQL on a manager: used by the
 * consumer and the relay (recording), the admin API and the CLI (which runs without the service). A
 * replay puts the event back in the outbox aimed at its one handler, so whichever instance relays next
 * delivers it, with a fresh set of attempts.
 */
export const deadLetterStore = {
  async record(manager: EntityManager, { envelope, context, handler, error, attempts }: FailedDelivery): Promise<void> {
    await manager.query(
      `INSERT INTO messaging.dead_letters (id, event_id, event_name, context, handler, envelope, error, attempts) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [newId(), envelope.eventId, envelope.name, context, handler, JSON.stringify(envelope), error, attempts],
    );
  },

  async list(manager: EntityManager, context: string | undefined, page: number, limit: number): Promise<Page<DeadLetter>> {
    const where = context ? 'WHERE context = $3' : '';
    const filter = context ? [context] : [];
    const rows: DeadLetterRow[] = await manager.query(
      `SELECT * FROM messaging.dead_letters ${where} ORDER BY failed_at DESC, id DESC LIMIT $1 OFFSET $2`,
      [limit, (page - 1) * limit, ...filter],
    );
    const [{ n }] = await manager.query(
      `SELECT count(*)::int AS n FROM messaging.dead_letters ${context ? 'WHERE context = $1' : ''}`,
      filter,
    );
    return { items: rows.map(toDeadLetter), page, limit, total: n };
  },

  async count(manager: EntityManager): Promise<number> {
    const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM messaging.dead_letters`);
    return n;
  },

  /** Removes and returns a dead letter; call inside a transaction when replaying. */
  async take(manager: EntityManager, id: string): Promise<DeadLetter> {
    const [rows]: [DeadLetterRow[]] = await manager.query(`DELETE FROM messaging.dead_letters WHERE id = $1 RETURNING *`, [id]);
    if (rows.length === 0) throw new DeadLetterNotFound(id);
    return toDeadLetter(rows[0]);
  },

  async requeue(manager: EntityManager, letter: DeadLetter): Promise<void> {
    await manager.query(
      `INSERT INTO messaging.outbox (event_id, event_name, aggregate_id, target_handler, envelope) VALUES ($1, $2, $3, $4, $5)`,
      [letter.eventId, letter.eventName, letter.envelope.aggregateId, letter.handler, JSON.stringify(letter.envelope)],
    );
  },
};
