import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Contact } from '../../domain/contact.aggregate';
import { CONTACT_REPOSITORY, ContactRepository } from '../../domain/contact.repository';
import { ListContacts } from './list-contacts.query';

@QueryHandler(ListContacts)
export class ListContactsHandler implements IQueryHandler<ListContacts, Page<Contact>> {
  constructor(@Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository) {}

  async execute({ filter, page, limit, ownerId }: ListContacts): Promise<Page<Contact>> {
    // A caller limited to their own contacts who asks for another user's gets none of them.
    if (ownerId !== undefined && (filter.userId ?? ownerId) !== ownerId) return { items: [], page, limit, total: 0 };
    const { items, total } = await this.contacts.findPage({ ...filter, userId: ownerId ?? filter.userId }, (page - 1) * limit, limit);
    return { items, page, limit, total };
  }
}
