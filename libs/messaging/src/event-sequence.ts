import { DomainEvent } from '@promenade/ddd';

/** The event's place among its aggregate's events; without it, it cannot be ordered against the others. */
export function sequenceOf(event: DomainEvent): number {
  const { sequence, eventId } = event.metadata;
  // Stamped as the outbox stored the event: a missing one fails the delivery (retried, then dead-lettered).
  if (sequence === null) throw new Error(`${event.eventName} ${eventId} has no sequence`);
  return sequence;
}
