import { CommandMessage, DomainEvent, EventMetadata, SerializedEvent } from '@promenade/ddd';

/** An event class as the registry needs it: its stable name and version, and `new (payload, metadata)`. */
export interface RegisteredEventType {
  readonly eventName: string;
  readonly eventVersion: number;
  new (payload: never, metadata?: Partial<EventMetadata>): DomainEvent;
}

export class UnknownEventType extends Error {
  constructor(name: string, version: number) {
    super(`no event class is registered as ${name} v${version}`);
    this.name = 'UnknownEventType';
  }
}

/**
 * Maps `(name, version)` to the class that rebuilds an event from its JSON envelope, so a consumer
 * in another process hands handlers a real class instance (instanceof works), not a plain object.
 */
export class EventRegistry {
  private readonly types = new Map<string, RegisteredEventType>();

  register(type: RegisteredEventType): void {
    const key = EventRegistry.key(type.eventName, type.eventVersion);
    const existing = this.types.get(key);
    if (existing && existing !== type) {
      throw new Error(`${existing.name} and ${type.name} both claim ${type.eventName} v${type.eventVersion}`);
    }
    this.types.set(key, type);
  }

  deserialize(envelope: SerializedEvent): DomainEvent {
    const type = this.types.get(EventRegistry.key(envelope.name, envelope.version));
    if (!type) throw new UnknownEventType(envelope.name, envelope.version);
    const { eventId, occurredAt, aggregateId, sequence, correlationId, deliverAt } = envelope;
    const event = new type(envelope.payload as never, { eventId, occurredAt, sequence, correlationId, deliverAt });
    // A command message is numbered as its sender's (a saga re-keys what it sends), so its envelope may name the sender.
    if (event instanceof CommandMessage) event.stamp({ aggregateId });
    else if (event.metadata.aggregateId !== aggregateId) {
      throw new Error(`${envelope.name} ${eventId}: payload names aggregate ${event.metadata.aggregateId}, envelope ${aggregateId}`);
    }
    return event;
  }

  private static key(name: string, version: number): string {
    return `${name}@${version}`;
  }
}
