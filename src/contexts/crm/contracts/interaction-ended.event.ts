import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface InteractionEndedPayload {
  interactionId: string;
  endedAt: string;
}

/** An interaction was ended. */
export class InteractionEnded extends DomainEvent<InteractionEndedPayload> {
  static readonly eventName = 'crm.interaction-ended';
  static readonly eventVersion = 1;

  constructor(payload: InteractionEndedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.interactionId, payload, metadata);
  }
}
