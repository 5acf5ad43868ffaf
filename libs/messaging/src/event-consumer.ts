import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import { DomainEvent } from '@promenade/ddd';
import { UnitOfWork } from '@promenade/persistence';
import { RequestContext } from '@promenade/platform';
import { Batches } from './batches';
import { deadLetterStore } from './dead-letter-store';
import { Attempt, Delivery, DeliveryProcessor, describeError, givesUp, UnrecoverableEventError } from './delivery';
import { EventRegistry } from './event-registry';
import { EventRoutes, HandlerRoute } from './event-routes';
import { MESSAGING_OBSERVER, MessagingObserver, UNOBSERVED } from './messaging-observer';
import { inProcessSpan } from './trace-context';

/** A delivery ready to run: its handler and its rebuilt event. */
interface Prepared {
  delivery: Delivery;
  route: HandlerRoute;
  event: DomainEvent;
}

interface Submitted {
  delivery: Delivery;
  attempt: Attempt;
}

/** How one delivery went: its handler ran (or the inbox skipped it), or it failed; with how long it took. */
type Outcome = { ran: boolean; durationMs: number } | { error: unknown; durationMs: number };

const inboxKey = (eventId: string, handler: string) => `${eventId.toLowerCase()}@${handler}`;

/**
 * Runs deliveries: rebuilds each event, and in one transaction records `(event id, handler)` in the inbox and runs the
 * handler (whose commands join that transaction). A delivery seen before finds its inbox row and is acknowledged without
 * running the handler: the effect happens once.
 *
 * A context runs up to EVENT_CONCURRENCY transactions at once. When more deliveries are waiting than that, a transaction
 * takes up to EVENT_BATCH_SIZE of them: one inbox insert for all, then each handler in turn, one commit. Each keeps its
 * own outcome: if anything in the batch fails, the batch rolls back and each of its deliveries runs again alone, so only
 * the failing one is retried or dead-lettered, as if it had never been batched. A retry always runs alone.
 */
@Injectable()
export class EventConsumer implements DeliveryProcessor {
  private readonly logger = new Logger(EventConsumer.name);
  private readonly perContext = new Map<string, Batches<Submitted, Outcome>>();

  constructor(
    private readonly routes: EventRoutes,
    private readonly registry: EventRegistry,
    private readonly uow: UnitOfWork,
    private readonly config: AppConfig,
    @Optional() @Inject(MESSAGING_OBSERVER) private readonly observer: MessagingObserver = UNOBSERVED,
  ) {}

  /** Runs one attempt (the first, unless named) and reports it to the observer. */
  async handle(delivery: Delivery, attempt: Attempt = { number: 1, of: delivery.maxAttempts }): Promise<void> {
    const outcome = await this.batches(delivery.context).submit({ delivery, attempt });
    if ('error' in outcome) {
      const willRetry = !givesUp(outcome.error, attempt.number, attempt.of);
      this.observer.failed(delivery, { durationMs: outcome.durationMs, willRetry });
      throw outcome.error;
    }
    if (outcome.ran) this.observer.handled(delivery, outcome.durationMs);
  }

  private batches(context: string): Batches<Submitted, Outcome> {
    let batches = this.perContext.get(context);
    if (!batches) {
      batches = new Batches({ parallel: this.config.EVENT_CONCURRENCY, size: this.config.EVENT_BATCH_SIZE }, (group) =>
        this.runGroup(group),
      );
      this.perContext.set(context, batches);
    }
    return batches;
  }

  /** First attempts go in one transaction; retries (likely to fail again), and a group of one, run alone. */
  private async runGroup(group: Submitted[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = new Array(group.length);
    const together: Array<Prepared & { index: number }> = [];
    const alone: number[] = [];
    for (const [index, { delivery, attempt }] of group.entries()) {
      const prepared = attempt.number === 1 && group.length > 1 ? this.tryPrepare(delivery) : undefined;
      if (prepared) together.push({ index, ...prepared });
      else alone.push(index);
    }
    if (together.length > 1) {
      try {
        const ran = await this.runTogether(together);
        for (const [i, prepared] of together.entries()) {
          outcomes[prepared.index] = ran[i];
          this.logDone(prepared, ran[i].ran);
        }
      } catch (error) {
        this.logger.debug(`a batch of ${together.length} deliveries failed (${describeError(error)}); each runs again alone`);
        alone.push(...together.map(({ index }) => index));
      }
    } else alone.push(...together.map(({ index }) => index));
    for (const index of alone) outcomes[index] = await this.runAlone(group[index].delivery);
    return outcomes;
  }

  private async runAlone(delivery: Delivery): Promise<Outcome> {
    const started = performance.now();
    try {
      const { prepared, ran } = await inProcessSpan(delivery, async () => {
        const ready = this.prepare(delivery);
        const inserted = await RequestContext.run(this.correlationOf(ready), () =>
          this.uow.run(async () => {
            const rows: unknown[] = await this.uow.manager.query(
              `INSERT INTO messaging.inbox (event_id, handler) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
              [ready.event.metadata.eventId, ready.route.id],
            );
            if (rows.length > 0) await ready.route.handler.handle(ready.event);
            return rows.length > 0;
          }),
        );
        return { prepared: ready, ran: inserted };
      });
      this.logDone(prepared, ran);
      return { ran, durationMs: performance.now() - started };
    } catch (error) {
      return { error, durationMs: performance.now() - started };
    }
  }

  /**
   * One transaction, one inbox insert for all; answers per delivery whether its handler ran, and how long the handler took
   * (the batch's shared insert and commit are nobody's). Throws if any handler does.
   */
  private runTogether(together: Prepared[]): Promise<Array<{ ran: boolean; durationMs: number }>> {
    return this.uow.run(async () => {
      const inserted: Array<{ event_id: string; handler: string }> = await this.uow.manager.query(
        `INSERT INTO messaging.inbox (event_id, handler) SELECT * FROM unnest($1::uuid[], $2::varchar[])
         ON CONFLICT DO NOTHING RETURNING event_id, handler`,
        [together.map(({ event }) => event.metadata.eventId), together.map(({ route }) => route.id)],
      );
      const fresh = new Set(inserted.map((row) => inboxKey(row.event_id, row.handler)));
      const ran: Array<{ ran: boolean; durationMs: number }> = [];
      for (const prepared of together) {
        const started = performance.now();
        // Two copies of one delivery in a batch: the first takes its inbox row, the second is skipped.
        const first = fresh.delete(inboxKey(prepared.event.metadata.eventId, prepared.route.id));
        if (first) {
          await inProcessSpan(prepared.delivery, () =>
            RequestContext.run(this.correlationOf(prepared), () => prepared.route.handler.handle(prepared.event)),
          );
        }
        ran.push({ ran: first, durationMs: performance.now() - started });
      }
      return ran;
    });
  }

  /** Undefined when the delivery cannot run: it then runs alone, which fails it as unrecoverable. */
  private tryPrepare(delivery: Delivery): Prepared | undefined {
    try {
      return this.prepare(delivery);
    } catch {
      return undefined;
    }
  }

  /** The handler and the event; neither a missing handler nor an unknown event class gets better with retries. */
  private prepare(delivery: Delivery): Prepared {
    const route = this.routes.route(delivery.handlerId);
    if (!route) throw new UnrecoverableEventError(`no handler ${delivery.handlerId} in this service`);
    try {
      return { delivery, route, event: this.registry.deserialize(delivery.envelope) };
    } catch (error) {
      throw new UnrecoverableEventError(describeError(error), { cause: error });
    }
  }

  private correlationOf({ event }: Prepared): string {
    return event.metadata.correlationId ?? event.metadata.eventId;
  }

  private logDone({ event, route }: Prepared, ran: boolean): void {
    this.logger.debug(
      `${ran ? 'handled' : 'skipped already handled'} ${event.eventName} ${event.metadata.eventId} (correlation ${event.metadata.correlationId}) in ${route.id}`,
    );
  }

  async deadLetter(delivery: Delivery, error: unknown, attempts: number): Promise<void> {
    const message = describeError(error);
    await deadLetterStore.record(this.uow.manager, {
      envelope: delivery.envelope,
      context: delivery.context,
      handler: delivery.handlerId,
      error: message,
      attempts,
    });
    this.observer.deadLettered(delivery);
    this.logger.error(
      `dead letter: ${delivery.envelope.name} ${delivery.envelope.eventId} (correlation ${delivery.envelope.correlationId}) in ${delivery.handlerId} after ${attempts} attempt(s): ${message}`,
    );
  }
}
