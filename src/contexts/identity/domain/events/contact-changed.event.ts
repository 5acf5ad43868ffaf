import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ContactChangedPayload {
  contactId: string;
  userId: string;
  type: 'email' | 'phone' | 'address';
}

/** A contact's value changed, so it is no longer verified (the new value is not in the event: it is personal data). */
export class ContactChanged extends DomainEvent<ContactChangedPayload> {
  static readonly eventName = 'identity.contact-changed';
  static readonly eventVersion = 1;

  constructor(payload: ContactChangedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.contactId, payload, metadata);
  }
}
