import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ProfileCreatedPayload {
  /** A profile belongs to one user and is known by their id. */
  userId: string;
  displayName: string;
  /** New profiles are private. */
  visibility: 'public' | 'private';
  createdAt: string;
}

/** A user got their profile (at registration), private until they choose otherwise. */
export class ProfileCreated extends DomainEvent<ProfileCreatedPayload> {
  static readonly eventName = 'identity.profile-created';
  static readonly eventVersion = 1;

  constructor(payload: ProfileCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.userId, payload, metadata);
  }
}
