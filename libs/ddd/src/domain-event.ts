import { newId } from './identifier';

/** What every event carries besides its payload; JSON-safe so it can cross processes unchanged. */
export interface EventMetadata {
  eventId: string;
  occurredAt: string;
  aggregateId: string;
  correlationId: string | null;
}

/** The wire shape of an event: `name` and `version` select the class that rebuilds it. */
export interface SerializedEvent<Payload = unknown> extends EventMetadata {
  name: string;
  version: number;
  payload: Payload;
}

/** Static side every event class declares: a stable name (`<context>.<event>`) and a version. */
export interface EventType<E extends DomainEvent = DomainEvent> {
  readonly eventName: string;
  readonly eventVersion: number;
  new (...args: never[]): E;
}

/**
 * Base of events raised by aggregates. Integration events (a context's `contracts/`) extend it
 * and declare `static eventName` and `static eventVersion`; the payload must be plain JSON.
 */
export abstract class DomainEvent<Payload extends object = object> {
  readonly metadata: EventMetadata;

  protected constructor(
    aggregateId: string,
    readonly payload: Readonly<Payload>,
    metadata?: Partial<EventMetadata>,
  ) {
    this.metadata = {
      eventId: metadata?.eventId ?? newId(),
      occurredAt: metadata?.occurredAt ?? new Date().toISOString(),
      aggregateId,
      correlationId: metadata?.correlationId ?? null,
    };
  }

  get eventName(): string {
    return (this.constructor as unknown as EventType).eventName;
  }

  get eventVersion(): number {
    return (this.constructor as unknown as EventType).eventVersion;
  }

  /** Stamped by the infrastructure when the event leaves its unit of work: the domain knows no requests. */
  correlate(correlationId: string | null): void {
    if (this.metadata.correlationId === null) this.metadata.correlationId = correlationId;
  }

  toJSON(): SerializedEvent<Payload> {
    return { name: this.eventName, version: this.eventVersion, ...this.metadata, payload: this.payload };
  }
}
