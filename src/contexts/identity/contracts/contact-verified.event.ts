import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ContactVerifiedPayload {
  contactId: string;
  verifiedAt: string;
}

/** A contact was verified. */
export class ContactVerified extends DomainEvent<ContactVerifiedPayload> {
  static readonly eventName = 'identity.contact-verified';
  static readonly eventVersion = 1;

  constructor(payload: ContactVerifiedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.contactId, payload, metadata);
  }
}
