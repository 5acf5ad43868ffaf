import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ContactCreatedPayload {
  contactId: string;
  createdAt: string;
}

/** A contact came into being. */
export class ContactCreated extends DomainEvent<ContactCreatedPayload> {
  static readonly eventName = 'identity.contact-created';
  static readonly eventVersion = 1;

  constructor(payload: ContactCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.contactId, payload, metadata);
  }
}
