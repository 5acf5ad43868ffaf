import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface UserEmailVerifiedPayload {
  userId: string;
  verifiedAt: string;
}

/**
 * The address a user logs in with was verified (through a verified email contact with the same address).
 * Published as UserEmailVerifiedContract (application/publications/publish-user-email-verified.ts); never sent itself.
 */
export class UserEmailVerified extends DomainEvent<UserEmailVerifiedPayload> {
  static readonly eventName = 'identity.user-email-verified';
  static readonly eventVersion = 1;

  constructor(payload: UserEmailVerifiedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.userId, payload, metadata);
  }
}
