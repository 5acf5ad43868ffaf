import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SessionRevokedPayload {
  sessionId: string;
  userId: string;
  reason: 'logout' | 'refresh-token-reuse';
  revokedAt: string;
}

/** A session ended before its time: logout, or a refresh token used twice (a stolen token, so the whole family dies). */
export class SessionRevoked extends DomainEvent<SessionRevokedPayload> {
  static readonly eventName = 'identity.session-revoked';
  static readonly eventVersion = 1;

  constructor(payload: SessionRevokedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.sessionId, payload, metadata);
  }
}
