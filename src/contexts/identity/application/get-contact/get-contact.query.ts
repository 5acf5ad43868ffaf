import { Query } from '@nestjs/cqrs';
import { Contact } from '../../domain/contact/contact.aggregate';

export class GetContact extends Query<Contact> {
  constructor(
    readonly contactId: string,
    /** Only this user's contacts are reachable; undefined: anybody's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
