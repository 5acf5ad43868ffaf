import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ContactDeletedPayload {
  contactId: string;
  userId: string;
  type: 'email' | 'phone' | 'address';
  /** Whether it was the primary of its type: the user then has no primary of that type until they choose one. */
  wasPrimary: boolean;
}

/** A contact was deleted; nothing should reach its user through it any more. */
export class ContactDeleted extends DomainEvent<ContactDeletedPayload> {
  static readonly eventName = 'identity.contact-deleted';
  static readonly eventVersion = 1;

  constructor(payload: ContactDeletedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.contactId, payload, metadata);
  }
}
