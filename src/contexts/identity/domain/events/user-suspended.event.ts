import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface UserSuspendedPayload {
  userId: string;
  suspendedAt: string;
}

/** A user was suspended. */
export class UserSuspended extends DomainEvent<UserSuspendedPayload> {
  static readonly eventName = 'identity.user-suspended';
  static readonly eventVersion = 1;

  constructor(payload: UserSuspendedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.userId, payload, metadata);
  }
}
