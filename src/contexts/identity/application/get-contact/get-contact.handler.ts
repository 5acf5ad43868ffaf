import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Contact } from '../../domain/contact/contact.aggregate';
import { CONTACT_REPOSITORY, ContactRepository } from '../../domain/contact/contact.repository';
import { GetContact } from './get-contact.query';

@QueryHandler(GetContact)
export class GetContactHandler implements IQueryHandler<GetContact, Contact> {
  constructor(@Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository) {}

  execute({ contactId, ownerId }: GetContact): Promise<Contact> {
    return this.contacts.getById(contactId, ownerId);
  }
}
