import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface InteractionEndedPayload {
  interactionId: string;
  type: string;
  endedAt: string;
  /** Whole seconds from start to end. */
  durationSeconds: number;
  outcome: string | null;
}

/** An interaction was ended (this happens once). */
export class InteractionEnded extends DomainEvent<InteractionEndedPayload> {
  static readonly eventName = 'crm.interaction-ended';
  static readonly eventVersion = 1;

  constructor(payload: InteractionEndedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.interactionId, payload, metadata);
  }
}
