import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface InteractionDeletedPayload {
  interactionId: string;
  type: string;
  /** Whether a pending follow-up went with it. */
  followUpRequired: boolean;
  deletedAt: string;
}

/** An interaction was deleted (soft: it is kept, but no route answers it any more). */
export class InteractionDeleted extends DomainEvent<InteractionDeletedPayload> {
  static readonly eventName = 'crm.interaction-deleted';
  static readonly eventVersion = 1;

  constructor(payload: InteractionDeletedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.interactionId, payload, metadata);
  }
}
