import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface UserPasswordChangedPayload {
  userId: string;
  changedAt: string;
}

/** A user's password changed; every earlier session was revoked. */
export class UserPasswordChanged extends DomainEvent<UserPasswordChangedPayload> {
  static readonly eventName = 'identity.user-password-changed';
  static readonly eventVersion = 1;

  constructor(payload: UserPasswordChangedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.userId, payload, metadata);
  }
}
