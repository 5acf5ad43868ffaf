import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface UserUnlockedPayload {
  userId: string;
  unlockedAt: string;
}

/** A user was unlocked. */
export class UserUnlocked extends DomainEvent<UserUnlockedPayload> {
  static readonly eventName = 'identity.user-unlocked';
  static readonly eventVersion = 1;

  constructor(payload: UserUnlockedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.userId, payload, metadata);
  }
}
