import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { DomainEvent } from '@promenade/ddd';
import { UnitOfWork } from '@promenade/persistence';
import { RequestContext } from '@promenade/platform';
import { deadLetterStore } from './dead-letter-store';
import { Attempt, Delivery, DeliveryProcessor, describeError, givesUp, UnrecoverableEventError } from './delivery';
import { EventRegistry } from './event-registry';
import { EventRoutes } from './event-routes';
import { MESSAGING_OBSERVER, MessagingObserver, UNOBSERVED } from './messaging-observer';
import { inProcessSpan } from './trace-context';

/**
 * Runs one delivery: rebuilds the event, and in one transaction records `(event id, handler)` in the
 * inbox and runs the handler (whose commands join that transaction). A delivery seen before finds its
 * inbox row and is acknowledged without running the handler: the effect happens once.
 */
@Injectable()
export class EventConsumer implements DeliveryProcessor {
  private readonly logger = new Logger(EventConsumer.name);

  constructor(
    private readonly routes: EventRoutes,
    private readonly registry: EventRegistry,
    private readonly uow: UnitOfWork,
    @Optional() @Inject(MESSAGING_OBSERVER) private readonly observer: MessagingObserver = UNOBSERVED,
  ) {}

  /** Runs one attempt (the first, unless named) and reports it to the observer. */
  async handle(delivery: Delivery, attempt: Attempt = { number: 1, of: delivery.maxAttempts }): Promise<void> {
    const started = performance.now();
    try {
      const ran = await inProcessSpan(delivery, () => this.run(delivery));
      if (ran) this.observer.handled(delivery, performance.now() - started);
    } catch (error) {
      const willRetry = !givesUp(error, attempt.number, attempt.of);
      this.observer.failed(delivery, { durationMs: performance.now() - started, willRetry });
      throw error;
    }
  }

  /** Answers whether the handler ran: false when the inbox shows it already did. */
  private async run(delivery: Delivery): Promise<boolean> {
    const route = this.routes.route(delivery.handlerId);
    // Neither a missing handler nor an unknown event class gets better with retries.
    if (!route) throw new UnrecoverableEventError(`no handler ${delivery.handlerId} in this service`);
    const event = this.rebuild(delivery);
    const { eventId, correlationId } = event.metadata;
    const ran = await RequestContext.run(correlationId ?? eventId, () =>
      this.uow.run(async () => {
        const inserted: unknown[] = await this.uow.manager.query(
          `INSERT INTO messaging.inbox (event_id, handler) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
          [eventId, route.id],
        );
        if (inserted.length === 0) return false;
        await route.handler.handle(event);
        return true;
      }),
    );
    this.logger.debug(
      `${ran ? 'handled' : 'skipped already handled'} ${event.eventName} ${eventId} (correlation ${correlationId}) in ${route.id}`,
    );
    return ran;
  }

  private rebuild(delivery: Delivery): DomainEvent {
    try {
      return this.registry.deserialize(delivery.envelope);
    } catch (error) {
      throw new UnrecoverableEventError(describeError(error), { cause: error });
    }
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
