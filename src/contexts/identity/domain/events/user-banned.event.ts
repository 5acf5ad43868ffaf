import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface UserBannedPayload {
  userId: string;
  bannedAt: string;
}

/** A user was banned. */
export class UserBanned extends DomainEvent<UserBannedPayload> {
  static readonly eventName = 'identity.user-banned';
  static readonly eventVersion = 1;

  constructor(payload: UserBannedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.userId, payload, metadata);
  }
}
