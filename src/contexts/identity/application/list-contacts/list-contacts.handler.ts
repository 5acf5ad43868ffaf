import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Contact } from '../../domain/contact/contact.aggregate';
import { CONTACT_REPOSITORY, ContactRepository } from '../../domain/contact/contact.repository';
import { ListContacts } from './list-contacts.query';

@QueryHandler(ListContacts)
export class ListContactsHandler implements IQueryHandler<ListContacts, Page<Contact>> {
  constructor(@Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository) {}

  async execute({ filter, page, limit, ownerId }: ListContacts): Promise<Page<Contact>> {
    // The owner scope wins over the filter: a caller limited to their own contacts never lists another's.
    const { items, total } = await this.contacts.findPage({ ...filter, userId: ownerId ?? filter.userId }, (page - 1) * limit, limit);
    return { items, page, limit, total };
  }
}
