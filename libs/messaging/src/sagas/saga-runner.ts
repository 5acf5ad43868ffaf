import { Injectable, Logger, Optional } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import { Clock, DomainEvent, SystemClock } from '@promenade/ddd';
import { UnitOfWork } from '@promenade/persistence';
import { decideSaga, SagaDecision, SagaOutcome, sagaLookup } from './decide-saga';
import { SagaDefinition } from './saga-definition';
import { SagaStore } from './saga-store';

/** An event that overtook the one it follows: not ignored, but failed, so the transport delivers it again later. */
export class SagaEventTooEarly extends Error {
  override readonly name = 'SagaEventTooEarly';
}

/** Ignored events worth an operator's eye: one its state does not expect. Others are routine (other keys, spent timeouts, duplicates). */
const WARN: ReadonlySet<SagaOutcome> = new Set(['not-in-state']);

/**
 * Runs a saga on one delivered event, inside the delivery's unit of work (EventConsumer's, which holds its inbox row):
 * finds the saga by key (or by id, for a timeout), decides, stores it at the version read, and records what it sends,
 * its timeout included, for the outbox of the same transaction. MessagingModule provides one on system time; a
 * context that lists SagaRunner among its own providers gets one on its Clock (a test's ManualClock).
 */
@Injectable()
export class SagaRunner {
  private readonly logger = new Logger(SagaRunner.name);
  private readonly clock: Clock;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly config: AppConfig,
    @Optional() clock?: Clock,
  ) {
    this.clock = clock ?? new SystemClock();
  }

  run<D, S extends string, Step extends string>(definition: SagaDefinition<D, S, Step>, event: DomainEvent): Promise<SagaDecision<D>> {
    return this.uow.run(async () => {
      const store = new SagaStore(this.uow.manager, definition.schema);
      const found = await store.find<D>(definition.type, sagaLookup(definition, event));
      const decision = decideSaga(definition, found, event, this.clock.now(), this.config);
      const about = `${definition.type} on ${event.eventName} ${event.metadata.eventId}`;
      // Thrown, so the transport delivers it again with backoff (and, if the saga never moves on, dead-letters it).
      if (decision.outcome === 'too-early') throw new SagaEventTooEarly(`${about}: ${decision.reason}; it is tried again`);
      if (decision.ignored) {
        this.logger[WARN.has(decision.outcome) ? 'warn' : 'debug'](`ignored ${about}: ${decision.reason}`);
        return decision;
      }
      const saga = decision.snapshot!;
      if (found) await store.update(saga, found.version, decision.keys);
      else await store.insert(saga, decision.keys);
      this.uow.record(decision.timeoutEvent ? [...decision.messages, decision.timeoutEvent] : decision.messages);
      this.logger.debug(`${about}: saga ${saga.id} ${decision.reason}, sent ${decision.messages.length} message(s)`);
      return decision;
    });
  }
}
