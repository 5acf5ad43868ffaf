import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ContactMadePrimaryPayload {
  contactId: string;
  userId: string;
  type: 'email' | 'phone' | 'address';
  /** The contact that was the primary of this type until now, if any. */
  previousPrimaryId: string | null;
}

/** A contact became its user's primary contact of its type, in place of the previous one. */
export class ContactMadePrimary extends DomainEvent<ContactMadePrimaryPayload> {
  static readonly eventName = 'identity.contact-made-primary';
  static readonly eventVersion = 1;

  constructor(payload: ContactMadePrimaryPayload, metadata?: Partial<EventMetadata>) {
    super(payload.contactId, payload, metadata);
  }
}
