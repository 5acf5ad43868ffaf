import { newId } from './identifier';

/** What every event carries besides its payload; JSON-safe so it can cross processes unchanged. */
export interface EventMetadata {
  eventId: string;
  occurredAt: string;
  aggregateId: string;
  /** Position among its aggregate's events (1, 2, …), assigned when stored: lets a handler spot a gap or a stale event. */
  sequence: number | null;
  correlationId: string | null;
  /**
   * Handle no earlier than this (ISO time): the transport holds the delivery until then. Absent on an
   * ordinary event, so its JSON stays as it was. A due event may arrive after its subject moved on: check the state.
   */
  deliverAt?: string;
}

/** The wire shape of an event: `name` and `version` select the class that rebuilds it. */
export interface SerializedEvent<Payload = unknown> extends EventMetadata {
  name: string;
  version: number;
  payload: Payload;
  /**
   * W3C trace context (`traceparent`, `tracestate`) of the work that raised the event, or of the relay that sent it, so one
   * trace follows it across queue hops. Absent when tracing is off; never part of the event itself.
   */
  traceContext?: Record<string, string>;
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
    const deliverAt = metadata?.deliverAt;
    // Refused where it is raised: a due time no transport can read would deliver at once, or never.
    if (deliverAt !== undefined && Number.isNaN(Date.parse(deliverAt)))
      throw new Error(`deliverAt must be an ISO time, got "${deliverAt}"`);
    this.metadata = {
      eventId: metadata?.eventId ?? newId(),
      occurredAt: metadata?.occurredAt ?? new Date().toISOString(),
      aggregateId,
      sequence: metadata?.sequence ?? null,
      correlationId: metadata?.correlationId ?? null,
      ...(deliverAt !== undefined && { deliverAt }),
    };
  }

  get eventName(): string {
    return (this.constructor as unknown as EventType).eventName;
  }

  get eventVersion(): number {
    return (this.constructor as unknown as EventType).eventVersion;
  }

  /**
   * Stamped by the infrastructure as the event is stored: the domain knows no requests and no outbox. `aggregateId`
   * re-keys a message to its sender (a saga), whose sequence then numbers it.
   */
  stamp(stamps: { correlationId?: string | null; sequence?: number; aggregateId?: string }): void {
    if (this.metadata.correlationId === null && stamps.correlationId) this.metadata.correlationId = stamps.correlationId;
    if (stamps.sequence !== undefined) this.metadata.sequence = stamps.sequence;
    if (stamps.aggregateId !== undefined) this.metadata.aggregateId = stamps.aggregateId;
  }

  toJSON(): SerializedEvent<Payload> {
    return { name: this.eventName, version: this.eventVersion, ...this.metadata, payload: this.payload };
  }
}
