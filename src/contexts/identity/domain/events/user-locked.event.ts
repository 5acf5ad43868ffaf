import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface UserLockedPayload {
  userId: string;
  lockedUntil: string;
}

/** Too many failed logins in a row: the account refuses logins until `lockedUntil`. */
export class UserLocked extends DomainEvent<UserLockedPayload> {
  static readonly eventName = 'identity.user-locked';
  static readonly eventVersion = 1;

  constructor(payload: UserLockedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.userId, payload, metadata);
  }
}
