import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Contact } from '../../domain/contact/contact.aggregate';
import { ContactFilter } from '../../domain/contact/contact.repository';

export class ListContacts extends Query<Page<Contact>> {
  constructor(
    readonly filter: ContactFilter,
    readonly page: number,
    readonly limit: number,
    /** Only this user's contacts are reachable; undefined: anybody's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
