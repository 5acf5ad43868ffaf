import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface UserEmailVerifiedContractPayload {
  userId: string;
  verifiedAt: string;
}

/**
 * The address a user logs in with was verified (through a verified email contact with the same address).
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class UserEmailVerifiedContract extends DomainEvent<UserEmailVerifiedContractPayload> {
  static readonly eventName = 'identity.user-email-verified';
  static readonly eventVersion = 1;

  constructor(payload: UserEmailVerifiedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.userId, payload, metadata);
  }
}
