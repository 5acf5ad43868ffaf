import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface UserRegisteredPayload {
  userId: string;
  email: string;
  displayName: string;
}

/**
 * Someone registered: other contexts may greet them (CRM creates a lead).
 * Published as UserRegisteredContract (application/publications/publish-user-registered.ts); never sent itself.
 */
export class UserRegistered extends DomainEvent<UserRegisteredPayload> {
  static readonly eventName = 'identity.user-registered';
  static readonly eventVersion = 1;

  constructor(payload: UserRegisteredPayload, metadata?: Partial<EventMetadata>) {
    super(payload.userId, payload, metadata);
  }
}
