import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SessionCreatedPayload {
  sessionId: string;
  createdAt: string;
}

/** A session came into being. */
export class SessionCreated extends DomainEvent<SessionCreatedPayload> {
  static readonly eventName = 'identity.session-created';
  static readonly eventVersion = 1;

  constructor(payload: SessionCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.sessionId, payload, metadata);
  }
}
