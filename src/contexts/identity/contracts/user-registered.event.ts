import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface UserRegisteredPayload {
  userId: string;
}

/** Something happened to an user that other contexts may react to. */
export class UserRegistered extends DomainEvent<UserRegisteredPayload> {
  static readonly eventName = 'identity.user-registered';
  static readonly eventVersion = 1;

  constructor(payload: UserRegisteredPayload, metadata?: Partial<EventMetadata>) {
    super(payload.userId, payload, metadata);
  }
}
