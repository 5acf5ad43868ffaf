import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface UserCreatedPayload {
  userId: string;
  createdAt: string;
}

/** A user came into being. */
export class UserCreated extends DomainEvent<UserCreatedPayload> {
  static readonly eventName = 'identity.user-created';
  static readonly eventVersion = 1;

  constructor(payload: UserCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.userId, payload, metadata);
  }
}
