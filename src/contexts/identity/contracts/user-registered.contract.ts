import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface UserRegisteredContractPayload {
  userId: string;
  email: string;
  displayName: string;
}

/**
 * Someone registered: other contexts may greet them (CRM creates a lead).
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class UserRegisteredContract extends DomainEvent<UserRegisteredContractPayload> {
  static readonly eventName = 'identity.user-registered';
  static readonly eventVersion = 1;

  constructor(payload: UserRegisteredContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.userId, payload, metadata);
  }
}
