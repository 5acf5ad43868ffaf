import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ProfileCreatedPayload {
  profileId: string;
  createdAt: string;
}

/** A profile came into being. */
export class ProfileCreated extends DomainEvent<ProfileCreatedPayload> {
  static readonly eventName = 'identity.profile-created';
  static readonly eventVersion = 1;

  constructor(payload: ProfileCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.profileId, payload, metadata);
  }
}
