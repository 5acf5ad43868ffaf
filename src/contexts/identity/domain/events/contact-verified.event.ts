import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ContactVerifiedPayload {
  contactId: string;
  userId: string;
  type: 'email' | 'phone' | 'address';
  verifiedAt: string;
}

/** A contact was verified: its user was shown to be reachable by it. */
export class ContactVerified extends DomainEvent<ContactVerifiedPayload> {
  static readonly eventName = 'identity.contact-verified';
  static readonly eventVersion = 1;

  constructor(payload: ContactVerifiedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.contactId, payload, metadata);
  }
}
