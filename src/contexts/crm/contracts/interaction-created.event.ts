import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface InteractionCreatedPayload {
  interactionId: string;
  createdAt: string;
}

/** An interaction came into being. */
export class InteractionCreated extends DomainEvent<InteractionCreatedPayload> {
  static readonly eventName = 'crm.interaction-created';
  static readonly eventVersion = 1;

  constructor(payload: InteractionCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.interactionId, payload, metadata);
  }
}
