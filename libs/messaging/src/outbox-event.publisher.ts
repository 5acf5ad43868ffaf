import { IEvent, IEventPublisher } from '@nestjs/cqrs';
import { DomainEvent } from '@promenade/ddd';
import { UnitOfWork } from '@promenade/persistence';

/**
 * The EventBus's publisher (CqrsModuleOptions.eventPublisher, set by MessagingModule) in place of the
 * in-memory one: `eventBus.publish(event)` inside a command records the event in the unit of work, so
 * it reaches the outbox with the state change instead of calling handlers on the spot. Handlers are
 * then called through their context's queue.
 */
export class OutboxEventPublisher implements IEventPublisher {
  constructor(private readonly uow: UnitOfWork) {}

  publish<T extends IEvent>(event: T): void {
    this.uow.record([asDomainEvent(event)]);
  }

  publishAll<T extends IEvent>(events: T[]): void {
    this.uow.record(events.map(asDomainEvent));
  }
}

/** Only DomainEvents have the name, version and metadata that let them be stored and rebuilt. */
function asDomainEvent(event: IEvent): DomainEvent {
  if (!(event instanceof DomainEvent)) throw new TypeError(`${event.constructor.name} is not a DomainEvent and cannot be published`);
  return event;
}
