import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Contact } from '../../domain/contact.aggregate';
import { CONTACT_REPOSITORY, ContactRepository } from '../../domain/contact.repository';
import { CreateContact } from './create-contact.command';

@CommandHandler(CreateContact)
export class CreateContactHandler implements ICommandHandler<CreateContact, string> {
  constructor(@Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository) {}

  async execute(_command: CreateContact): Promise<string> {
    const contact = Contact.create();
    await this.contacts.save(contact);
    return contact.id;
  }
}
