import { Inject, Injectable } from '@nestjs/common';
import { DomainError, Page, SerializedEvent } from '@promenade/ddd';
import { UnitOfWork } from '@promenade/persistence';
import { EVENT_TRANSPORT, EventTransport } from './delivery';
import { EventRoutes } from './event-routes';

export class DeadLetterNotFound extends DomainError {
  readonly code = 'DEAD_LETTER_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(id: string) {
    super(`dead letter ${id} does not exist`);
  }
}

export class DeadLetterHandlerGone extends DomainError {
  readonly code = 'DEAD_LETTER_HANDLER_GONE';
  readonly kind = 'conflict';
  constructor(handlerId: string) {
    super(`handler ${handlerId} no longer exists in this service; the dead letter cannot be replayed`);
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
  failedAt: row.failed_at.toISOString(),
  envelope: row.envelope,
});

/** Deliveries that gave up: kept in `messaging.dead_letters`, listed, replayed (with a fresh set of attempts) or discarded. */
@Injectable()
export class DeadLetters {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly routes: EventRoutes,
    @Inject(EVENT_TRANSPORT) private readonly transport: EventTransport,
  ) {}

  async list(context: string | undefined, page: number, limit: number): Promise<Page<DeadLetter>> {
    const filter = context ? 'WHERE context = $3' : '';
    const params = context ? [limit, (page - 1) * limit, context] : [limit, (page - 1) * limit];
    const rows: DeadLetterRow[] = await this.uow.manager.query(`SELECT * FROM messaging.dead_letters ${filter} ORDER BY failed_at DESC, id DESC LIMIT $1 OFFSET $2`, params);
    const [{ n }] = await this.uow.manager.query(`SELECT count(*)::int AS n FROM messaging.dead_letters ${context ? 'WHERE context = $1' : ''}`, context ? [context] : []);
    return { items: rows.map(toDeadLetter), page, limit, total: n };
  }

  async count(): Promise<number> {
    const [{ n }] = await this.uow.manager.query(`SELECT count(*)::int AS n FROM messaging.dead_letters`);
    return n;
  }

  /** Sends the delivery again under a new id (the broker would drop the old one) and removes the dead letter. */
  async replay(id: string): Promise<DeadLetter> {
    return this.uow.run(async () => {
      const letter = await this.take(id);
      const route = this.routes.route(letter.handler);
      if (!route) throw new DeadLetterHandlerGone(letter.handler);
      await this.transport.send([
        { id: `${letter.eventId}:${route.id}:replay:${letter.id}`, context: route.context, handlerId: route.id, envelope: letter.envelope, maxAttempts: route.maxAttempts },
      ]);
      return letter;
    });
  }

  async discard(id: string): Promise<DeadLetter> {
    return this.uow.run(() => this.take(id));
  }

  private async take(id: string): Promise<DeadLetter> {
    const [rows]: [DeadLetterRow[]] = await this.uow.manager.query(`DELETE FROM messaging.dead_letters WHERE id = $1 RETURNING *`, [id]);
    if (!rows || rows.length === 0) throw new DeadLetterNotFound(id);
    return toDeadLetter(rows[0]);
  }
}
