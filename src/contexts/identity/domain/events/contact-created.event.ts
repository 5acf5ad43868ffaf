import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ContactCreatedPayload {
  contactId: string;
  userId: string;
  type: 'email' | 'phone' | 'address';
  /** Whether it became the primary of its type (the user's first live contact of that type does). */
  isPrimary: boolean;
}

/** A contact was added to a user. The value itself stays in Identity: contacts are personal data. */
export class ContactCreated extends DomainEvent<ContactCreatedPayload> {
  static readonly eventName = 'identity.contact-created';
  static readonly eventVersion = 1;

  constructor(payload: ContactCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.contactId, payload, metadata);
  }
}
