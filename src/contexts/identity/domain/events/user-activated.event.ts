import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface UserActivatedPayload {
  userId: string;
  activatedAt: string;
}

/** A user was activated. */
export class UserActivated extends DomainEvent<UserActivatedPayload> {
  static readonly eventName = 'identity.user-activated';
  static readonly eventVersion = 1;

  constructor(payload: UserActivatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.userId, payload, metadata);
  }
}
