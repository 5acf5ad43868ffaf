import { DomainEvent, EventMetadata } from '@promenade/ddd';
import { InteractionFacts } from './interaction-created.event';

/** An interaction was changed; the payload is its whole state after the change, so replays are harmless. */
export class InteractionUpdated extends DomainEvent<InteractionFacts> {
  static readonly eventName = 'crm.interaction-updated';
  static readonly eventVersion = 1;

  constructor(payload: InteractionFacts, metadata?: Partial<EventMetadata>) {
    super(payload.interactionId, payload, metadata);
  }
}
