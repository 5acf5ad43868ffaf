import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SessionStartedPayload {
  sessionId: string;
  userId: string;
  startedAt: string;
}

/** A user logged in: a session (a family of refresh tokens) began. */
export class SessionStarted extends DomainEvent<SessionStartedPayload> {
  static readonly eventName = 'identity.session-started';
  static readonly eventVersion = 1;

  constructor(payload: SessionStartedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.sessionId, payload, metadata);
  }
}
