import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ProfileUpdatedPayload {
  userId: string;
  displayName: string;
  bio: string | null;
  avatarUrl: string | null;
  /** A canonical BCP 47 tag. */
  locale: string | null;
  /** An IANA time zone. */
  timezone: string | null;
  /** Network → https URL. */
  socialLinks: Record<string, string>;
  visibility: 'public' | 'private';
  updatedAt: string;
}

/** A user replaced their profile; the payload is the whole profile as it now is, so readers need not ask back. */
export class ProfileUpdated extends DomainEvent<ProfileUpdatedPayload> {
  static readonly eventName = 'identity.profile-updated';
  static readonly eventVersion = 1;

  constructor(payload: ProfileUpdatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.userId, payload, metadata);
  }
}
