import { Injectable } from '@nestjs/common';
import { domainError, Page } from '@promenade/ddd';
import { RequestValidationFailed } from '@promenade/http';
import { UnitOfWork } from '@promenade/persistence';
import { DeadLetter, deadLetterStore } from '../dead-letter-store';
import { EventRoutes } from '../event-routes';
import { OutboxRelay } from '../outbox-relay';
import { OutboxSignal } from '../outbox-signal';

export class DeadLetterHandlerGone extends domainError('DEAD_LETTER_HANDLER_GONE', 'conflict') {
  constructor(handlerId: string) {
    super(`handler ${handlerId} no longer exists in this service; the dead letter cannot be replayed`);
  }
}

/** Dead letters for the admin API: list, replay (checked against this service's handlers), discard. */
@Injectable()
export class DeadLetters {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly routes: EventRoutes,
    private readonly relay: OutboxRelay,
    private readonly signal: OutboxSignal,
  ) {}

  /** `context` must name a context that subscribes to events here; they are known only at run time, so no DTO decorator can check it. */
  list(context: string | undefined, page: number, limit: number): Promise<Page<DeadLetter>> {
    const contexts = this.routes.contexts();
    if (context !== undefined && !contexts.includes(context)) {
      throw new RequestValidationFailed([
        { field: 'context', message: `context must be one of the following values: ${contexts.join(', ')}` },
      ]);
    }
    return deadLetterStore.list(this.uow.manager, context, page, limit);
  }

  count(): Promise<number> {
    return deadLetterStore.count(this.uow.manager);
  }

  async replay(id: string): Promise<DeadLetter> {
    const letter = await this.uow.run(async () => {
      const taken = await deadLetterStore.take(this.uow.manager, id);
      if (!this.routes.route(taken.handler)) throw new DeadLetterHandlerGone(taken.handler);
      await deadLetterStore.requeue(this.uow.manager, taken);
      return taken;
    });
    this.relay.nudge();
    this.signal.raise();
    return letter;
  }

  discard(id: string): Promise<DeadLetter> {
    return this.uow.run(() => deadLetterStore.take(this.uow.manager, id));
  }
}
